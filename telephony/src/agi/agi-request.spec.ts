import { agiRequestFrom } from './agi-request';

describe('agiRequestFrom', () => {
  const environment = {
    agi_network: 'yes',
    agi_network_script: 'selfservice?lang=uk',
    agi_request: 'agi://10.0.0.5:4573/selfservice?lang=uk',
    agi_channel: 'PJSIP/trunk-00000001',
    agi_language: 'uk',
    agi_uniqueid: '1733238000.1',
    agi_callerid: '+380501234567',
    agi_calleridname: 'unknown',
    agi_callingpres: '0',
    agi_dnid: 'unknown',
    agi_context: 'crm-selfservice',
    agi_enhanced: '0.0',
    agi_accountcode: '',
    agi_arg_1: 'first',
    agi_arg_2: 'second',
  };

  it('types the lines Asterisk sends, turning "unknown" into null', () => {
    expect(agiRequestFrom(environment)).toMatchObject({
      script: 'selfservice',
      channel: 'PJSIP/trunk-00000001',
      language: 'uk',
      callerId: '+380501234567',
      callerIdName: null,
      dnid: null,
      context: 'crm-selfservice',
      enhanced: false,
      accountCode: '',
      args: ['first', 'second'],
    });
  });

  it('is null without agi_request or agi_channel', () => {
    const { agi_request: _request, ...withoutRequest } = environment;
    const { agi_channel: _channel, ...withoutChannel } = environment;
    expect(agiRequestFrom(withoutRequest)).toBeNull();
    expect(agiRequestFrom(withoutChannel)).toBeNull();
  });
});
