import { BinotelWebhookError, parseBinotelWebhook } from './binotel-webhook';

/** The field a bad body is rejected for. */
function rejectedField(body: unknown): string {
  try {
    parseBinotelWebhook(body);
  } catch (error) {
    if (error instanceof BinotelWebhookError) return error.field;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('parseBinotelWebhook', () => {
  it('reads a recorded apiCallCompleted form body', () => {
    const body =
      'requestType=apiCallCompleted&attemptsCounter=5&callDetails%5BcompanyID%5D=62770' +
      '&callDetails%5BgeneralCallID%5D=4683310794&callDetails%5BstartTime%5D=1702107076&callDetails%5BcallType%5D=0' +
      '&callDetails%5BinternalNumber%5D=901&callDetails%5BexternalNumber%5D=0990272198&callDetails%5Bwaitsec%5D=13' +
      '&callDetails%5Bbillsec%5D=17&callDetails%5Bdisposition%5D=ANSWER&callDetails%5BrecordingStatus%5D=uploaded' +
      '&callDetails%5BcustomerData%5D=&callDetails%5BemployeeData%5D%5Bname%5D=%D0%AF%D1%80%D0%BE%D1%81%D0%BB%D0%B0%D0%B2+2' +
      '&callDetails%5BpbxNumberData%5D%5Bnumber%5D=0502792021&callDetails%5BhistoryData%5D%5B0%5D%5Bwaitsec%5D=13' +
      '&callDetails%5BhistoryData%5D%5B0%5D%5Bbillsec%5D=17&callDetails%5BhistoryData%5D%5B0%5D%5Bdisposition%5D=ANSWER' +
      '&callDetails%5BhistoryData%5D%5B0%5D%5BinternalNumber%5D=901&language=ru';
    expect(parseBinotelWebhook(body)).toEqual({
      requestType: 'apiCallCompleted',
      companyId: '62770',
      attempt: 5,
      call: {
        generalCallId: '4683310794',
        direction: 'inbound',
        externalNumber: '0990272198',
        internalNumber: '901',
        pbxNumber: '0502792021',
        startTime: new Date(1702107076 * 1000),
        waitsec: 13,
        billsec: 17,
        disposition: 'ANSWER',
        recordingStatus: 'uploaded',
        recordingLink: null,
        employeeName: 'Ярослав 2',
        history: [{ internalNumber: '901', disposition: 'ANSWER', waitsec: 13, billsec: 17 }],
      },
    });
  });

  it('reads JSON with numbers, and callDetails keyed by the call id', () => {
    const webhook = parseBinotelWebhook({
      requestType: 'apiCallCompleted',
      callDetails: { '77': { generalCallID: 77, callType: 1, billsec: 0, disposition: 'busy' } },
    });
    expect(webhook).toMatchObject({
      call: { generalCallId: '77', direction: 'outbound', disposition: 'BUSY' },
    });
  });

  it('reads the API 2.0 field names of Binotel PUSH samples', () => {
    expect(
      parseBinotelWebhook(
        'didNumber=0443334000&srcNumber=0670219424&extNumber=903&generalCallID=2500834&callType=0&companyID=3041&requestType=receivedTheCall',
      ),
    ).toEqual({
      requestType: 'receivedTheCall',
      companyId: '3041',
      generalCallId: '2500834',
      direction: 'inbound',
      externalNumber: '0670219424',
      pbxNumber: '0443334000',
      internalNumber: '903',
    });
  });

  it('accepts an answeredTheCall with nothing but the call id, as Binotel sends for outgoing calls', () => {
    expect(parseBinotelWebhook('generalCallID=2739109&companyID=3041&requestType=answeredTheCall')).toEqual({
      requestType: 'answeredTheCall',
      companyId: '3041',
      generalCallId: '2739109',
      direction: null,
      externalNumber: null,
      pbxNumber: null,
      internalNumber: null,
    });
  });

  it('reads hangupTheCall, transferredTheCall and apiCallSettings', () => {
    expect(
      parseBinotelWebhook('generalCallID=1&billsec=35&disposition=ANSWER&requestType=hangupTheCall'),
    ).toEqual({
      requestType: 'hangupTheCall',
      companyId: null,
      generalCallId: '1',
      billsec: 35,
      disposition: 'ANSWER',
    });
    expect(
      parseBinotelWebhook({ requestType: 'transferredTheCall', generalCallID: '1', internalNumber: 801 }),
    ).toEqual({
      requestType: 'transferredTheCall',
      companyId: null,
      generalCallId: '1',
      internalNumber: '801',
    });
    expect(parseBinotelWebhook('requestType=apiCallSettings&externalNumber=0671234567&callType=0')).toEqual({
      requestType: 'apiCallSettings',
      companyId: null,
      generalCallId: null,
      direction: 'inbound',
      externalNumber: '0671234567',
      pbxNumber: null,
      internalNumber: null,
    });
  });

  it.each([
    ['no requestType', 'generalCallID=1', 'requestType'],
    ['an unknown requestType', 'requestType=somethingElse', 'requestType'],
    ['receivedTheCall without a call id', 'requestType=receivedTheCall&callType=0', 'generalCallID'],
    [
      'receivedTheCall with an empty call id',
      'requestType=receivedTheCall&generalCallID=&callType=0',
      'generalCallID',
    ],
    ['a callType other than 0 or 1', 'requestType=receivedTheCall&generalCallID=1&callType=2', 'callType'],
    ['apiCallSettings without the caller', 'requestType=apiCallSettings&callType=0', 'externalNumber'],
    [
      'transferredTheCall without the target',
      'requestType=transferredTheCall&generalCallID=1',
      'internalNumber',
    ],
    ['a negative billsec', 'requestType=hangupTheCall&generalCallID=1&billsec=-3', 'billsec'],
    ['apiCallCompleted without callDetails', 'requestType=apiCallCompleted', 'callDetails'],
    ['callDetails as text', 'requestType=apiCallCompleted&callDetails=x', 'callDetails'],
    [
      'callDetails without billsec',
      'requestType=apiCallCompleted&callDetails[generalCallID]=1&callDetails[callType]=0&callDetails[disposition]=ANSWER',
      'callDetails[billsec]',
    ],
    [
      'a bad startTime',
      'requestType=apiCallCompleted&callDetails[generalCallID]=1&callDetails[callType]=0&callDetails[billsec]=0' +
        '&callDetails[disposition]=CANCEL&callDetails[startTime]=yesterday',
      'callDetails[startTime]',
    ],
    [
      'a history leg that is not an object',
      'requestType=apiCallCompleted&callDetails[generalCallID]=1&callDetails[callType]=0&callDetails[billsec]=0' +
        '&callDetails[disposition]=CANCEL&callDetails[historyData][0]=x',
      'callDetails[historyData][0]',
    ],
  ])('rejects %s, naming the field', (_case, body, field) => {
    expect(rejectedField(body)).toBe(field);
  });

  it('rejects a JSON field of the wrong type and a body that is not one', () => {
    expect(rejectedField({ requestType: 'hangupTheCall', generalCallID: { id: 1 } })).toBe('generalCallID');
    expect(rejectedField('{"requestType": ')).toBe('(body)');
    expect(rejectedField(42)).toBe('(body)');
  });

  it('says what is wrong in the message', () => {
    expect(() => parseBinotelWebhook('requestType=receivedTheCall&generalCallID=1&callType=2')).toThrow(
      'Binotel webhook: callType must be 0 (incoming) or 1 (outgoing), got "2"',
    );
  });
});
