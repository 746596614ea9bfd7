import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbxEvent } from '../port/pbx-events';
import { ScriptedAmiServer, recordedEvents } from '../test-pbx/scripted-ami-server';
import { AmiParser, AmiMessage } from './ami-parser';
import { AsteriskAmiAdapter } from './asterisk-ami-adapter';
import { AsteriskSurveyDialer } from './asterisk-survey-dialer';
import { surveyEvents } from './asterisk-surveys';

const CREDENTIALS = { username: 'crm', secret: 'crm-secret' };
const read = (name: string) => readFileSync(join(__dirname, '__fixtures__', name));
const AT = new Date('2026-12-03T10:00:00Z');

/** The events of a recorded stream, parsed as the adapter reads them. */
function parsed(frames: string[]): AmiMessage[] {
  const messages: AmiMessage[] = [];
  const parser = new AmiParser({ message: (message) => messages.push(message), malformed: () => undefined });
  frames.forEach((frame) => parser.push(Buffer.from(frame)));
  return messages;
}

/**
 * The recordings ran the reference `survey` context, whose UserEvent names the survey but not the question;
 * crm-survey adds `Question:`, written in here as the one substitution.
 */
const withQuestion = (frames: string[], questionId: string) =>
  frames.map((frame) => frame.replace(/\r\nUserEvent: SurveyAnswer\r\n/, `$&Question: ${questionId}\r\n`));

describe('survey calls, from the streams recorded on Asterisk 22.10.1', () => {
  it('reads the answer, the keyed digit and the hang-up of the dialed channel (PlayDTMF stream)', () => {
    const events = parsed(withQuestion(recordedEvents(read('survey_playdtmf.ami')), 'q1'));
    const survey = events.flatMap((event) => surveyEvents(event, AT));
    expect(survey).toEqual<PbxEvent[]>([
      { type: 'survey.dialed', at: AT, attemptId: '4711-a', outcome: 'answered' },
      { type: 'survey.answerKeyed', at: AT, attemptId: '4711-a', questionId: 'q1', digits: '4' },
      { type: 'survey.hungUp', at: AT, attemptId: '4711-a' },
    ]);
  });

  it('reads `Digit: none` of a client who pressed nothing as a skipped question', () => {
    const frames = recordedEvents(read('survey_timeout.ami')).map((frame) =>
      frame.replace(/(Uniqueid|Linkedid): 1795423632\.60\r\n/g, '$1: survey-9\r\n'),
    );
    const keyed = parsed(withQuestion(frames, 'q2')).flatMap((event) => surveyEvents(event, AT));
    expect(keyed.filter((event) => event.type === 'survey.answerKeyed')).toEqual([
      { type: 'survey.answerKeyed', at: AT, attemptId: '9', questionId: 'q2', digits: null },
    ]);
  });

  it('maps a failed originate to no answer, busy or failed by its reason', () => {
    const response = (reason: string) =>
      surveyEvents(
        { event: 'OriginateResponse', response: 'Failure', reason, uniqueid: 'survey-7', channel: 'PJSIP/x' },
        AT,
      );
    expect(response('3')).toEqual([{ type: 'survey.dialed', at: AT, attemptId: '7', outcome: 'noAnswer' }]);
    expect(response('5')).toEqual([{ type: 'survey.dialed', at: AT, attemptId: '7', outcome: 'busy' }]);
    expect(response('8')).toEqual([{ type: 'survey.dialed', at: AT, attemptId: '7', outcome: 'failed' }]);
    expect(response('0')).toEqual([{ type: 'survey.dialed', at: AT, attemptId: '7', outcome: 'failed' }]);
  });
});

describe('AsteriskSurveyDialer and the adapter over TCP', () => {
  let pbx: ScriptedAmiServer;
  let port: number;
  beforeEach(async () => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    port = await pbx.listen();
  });
  afterEach(() => pbx.close());

  it('originates into crm-survey with the attempt in the channel id, on a session without events', async () => {
    const dialer = new AsteriskSurveyDialer({ host: '127.0.0.1', port, ...CREDENTIALS });
    await dialer.start();
    await dialer.dial({
      attemptId: 'a1',
      dial: 'PJSIP/+380671234567@provider',
      callerId: '"Switchboard" <+380441234567>',
      variables: { SB_QUESTIONS: '2', SB_Q1_ID: 'q1' },
      ringSeconds: 25,
    });
    await dialer.stop();
    expect(pbx.actions.find((action) => action['action'] === 'Login')?.['events']).toBe('off');
    expect(pbx.actions.find((action) => action['action'] === 'Originate')).toMatchObject({
      channel: 'PJSIP/+380671234567@provider',
      context: 'crm-survey',
      exten: 's',
      channelid: 'survey-a1',
      timeout: '25000',
      variable: 'SB_QUESTIONS=2,SB_Q1_ID=q1',
    });
  });

  it('hands survey events on and keeps their channels out of the calls', async () => {
    const adapter = new AsteriskAmiAdapter({
      host: '127.0.0.1',
      port,
      ...CREDENTIALS,
      originateContext: 'crm-out',
    });
    const seen: PbxEvent[] = [];
    adapter.onEvent((event) => seen.push(event));
    await adapter.start();
    for (let tries = 0; tries < 200 && adapter.linkState !== 'connected'; tries++)
      await new Promise((r) => setTimeout(r, 5));
    pbx.broadcast(withQuestion(recordedEvents(read('survey_playdtmf.ami')), 'q1'));
    await adapter.sendAction('Ping', {});
    await adapter.stop();
    const afterResync = seen.filter((event) => event.type !== 'queue.callersListed');
    expect(afterResync.map((event) => event.type)).toEqual([
      'survey.dialed',
      'survey.answerKeyed',
      'survey.hungUp',
    ]);
  });
});
