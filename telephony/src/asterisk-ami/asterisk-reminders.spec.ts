import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbxEvent } from '../port/pbx-events';
import { ScriptedAmiServer, recordedEvents } from '../test-pbx/scripted-ami-server';
import { syntheticQueueCall } from '../test-pbx/synthetic-queue-calls';
import { AmiParser, AmiMessage } from './ami-parser';
import { AsteriskAmiAdapter } from './asterisk-ami-adapter';
import { REMINDER_CHANNEL_PREFIX, isReminderDialogue, reminderEvents } from './asterisk-reminders';
import { AsteriskSurveyDialer } from './asterisk-survey-dialer';

const CREDENTIALS = { username: 'crm', secret: 'crm-secret' };
const read = (name: string) => readFileSync(join(__dirname, '__fixtures__', name));
const AT = new Date('2026-12-03T10:00:00Z');

function parsed(frames: string[]): AmiMessage[] {
  const messages: AmiMessage[] = [];
  const parser = new AmiParser({ message: (message) => messages.push(message), malformed: () => undefined });
  frames.forEach((frame) => parser.push(Buffer.from(frame)));
  return messages;
}

/**
 * crm-reminder is crm-survey's shape with one Read: the recorded survey streams, with the channel ids of a
 * reminder call and the UserEvent crm-reminder names, are what Asterisk sends for one.
 */
const asReminder = (frames: string[], from: RegExp) =>
  frames.map((frame) =>
    frame
      .replace(from, 'reminder-4711')
      .replace(/UserEvent: SurveyAnswer\r\n/, 'UserEvent: ReminderAnswer\r\n'),
  );

describe('reminder calls, from the survey streams recorded on Asterisk 22.10.1', () => {
  it('reads the answer, the key and the hang-up of the dialed channel (PlayDTMF stream)', () => {
    const events = parsed(asReminder(recordedEvents(read('survey_playdtmf.ami')), /survey-4711/g));
    expect(events.flatMap((event) => reminderEvents(event, AT))).toEqual<PbxEvent[]>([
      { type: 'reminder.dialed', at: AT, attemptId: '4711-a', outcome: 'answered' },
      { type: 'reminder.keyed', at: AT, attemptId: '4711-a', digit: '4' },
      { type: 'reminder.hungUp', at: AT, attemptId: '4711-a' },
    ]);
  });

  it('reads `Digit: none` of a client who pressed nothing as no key', () => {
    const events = parsed(asReminder(recordedEvents(read('survey_timeout.ami')), /1795423632\.60/g));
    expect(
      events.flatMap((event) => reminderEvents(event, AT)).filter((event) => event.type === 'reminder.keyed'),
    ).toEqual([{ type: 'reminder.keyed', at: AT, attemptId: '4711', digit: null }]);
  });

  it('ignores survey answers and the events of other calls', () => {
    const survey = parsed(recordedEvents(read('survey_playdtmf.ami')));
    expect(survey.flatMap((event) => reminderEvents(event, AT))).toEqual([]);
    expect(
      reminderEvents(
        { event: 'UserEvent', userevent: 'SurveyAnswer', uniqueid: 'reminder-1', digit: '1' },
        AT,
      ),
    ).toEqual([]);
  });

  it('tells a live channel still in crm-reminder from one the client sent on to the queue', () => {
    expect(
      isReminderDialogue({ uniqueid: 'reminder-1', linkedid: 'reminder-1', context: 'crm-reminder' }),
    ).toBe(true);
    expect(
      isReminderDialogue({ uniqueid: 'reminder-1', linkedid: 'reminder-1', context: 'crm-inbound' }),
    ).toBe(false);
    expect(isReminderDialogue({ uniqueid: '17.1', linkedid: '17.1', context: 'crm-reminder' })).toBe(false);
  });
});

describe('reminder calls over TCP', () => {
  let pbx: ScriptedAmiServer;
  let port: number;
  beforeEach(async () => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    port = await pbx.listen();
  });
  afterEach(() => pbx.close());

  it('originates into crm-reminder under the reminder prefix', async () => {
    const dialer = new AsteriskSurveyDialer(
      { host: '127.0.0.1', port, ...CREDENTIALS },
      'crm-reminder',
      REMINDER_CHANNEL_PREFIX,
    );
    await dialer.start();
    await dialer.dial({
      attemptId: 'r1',
      dial: 'PJSIP/+380671234567@trunk',
      variables: { SB_REMINDER: 'r1' },
      ringSeconds: 30,
    });
    await dialer.stop();
    expect(pbx.actions.find((action) => action['action'] === 'Originate')).toMatchObject({
      context: 'crm-reminder',
      exten: 's',
      channelid: 'reminder-r1',
      variable: 'SB_REMINDER=r1',
    });
  });

  it('keeps a reminder call out of the console until the client asks for an operator, then pops it with the reason', async () => {
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
    pbx.broadcast(asReminder(recordedEvents(read('survey_playdtmf.ami')), /survey-4711-a/g));
    const queued = syntheticQueueCall({
      linkedid: 'reminder-9',
      callerNumber: '+380671234567',
      queue: 'support',
    });
    const offer = queued.offer('2002');
    pbx.broadcast([
      ...queued.join,
      ...offer.ring.map((frame) =>
        frame.startsWith('Event: AgentCalled')
          ? frame.replace('\r\n', '\r\nChanVariable: SB_IVR_CHOICE=reminder-9\r\n')
          : frame,
      ),
    ]);
    await adapter.sendAction('Ping', {});
    await adapter.stop();
    const types = seen.filter((event) => event.type !== 'queue.callersListed').map((event) => event.type);
    expect(types.slice(0, 3)).toEqual(['reminder.dialed', 'reminder.keyed', 'reminder.hungUp']);
    expect(types).not.toContain('call.ended');
    expect(seen.find((event) => event.type === 'agent.ringing')).toMatchObject({
      callId: 'reminder-9',
      agent: '2002',
      callerNumber: '+380671234567',
      selfServiceChoice: 'reminder-9',
    });
  });
});
