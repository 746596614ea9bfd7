import { amiFrame } from '../asterisk-ami/ami-frame';
import { AmiMessage } from '../asterisk-ami/ami-parser';
import { REMINDER_CONTEXT, reminderAttemptOf } from '../asterisk-ami/asterisk-reminders';
import { SurveyDialOutcome } from '../port/pbx-events';
import { ScriptedAmiServer } from './scripted-ami-server';

/** A reminder call as the scripted PBX received it. */
export interface ReminderCall {
  attemptId: string;
  /** The dialed number: what stands between `PJSIP/` and `@` in the Originate's Channel. */
  number: string;
  context: string;
  variables: Record<string, string>;
}

/**
 * How the called client behaves: whether they answer and which key they press (null: none). After 2 the call
 * stays up (crm-reminder sends it to the queue): the test plays the queue and ends it.
 */
export interface ReminderReply {
  outcome: SurveyDialOutcome;
  digit?: string | null;
}

export interface ReminderResponses {
  readonly calls: ReminderCall[];
  stop(): void;
}

/** OriginateResponse's Reason for each way a call can go (include/asterisk/frame.h). */
const REASON: Record<SurveyDialOutcome, number> = { answered: 4, busy: 5, noAnswer: 3, failed: 0 };

/**
 * Makes the scripted PBX play the clients of reminder calls with frames shaped like the survey calls recorded on
 * Asterisk 22.10.1 (`asterisk-ami/__fixtures__/survey_playdtmf.ami`; crm-reminder has the same one Read and one
 * UserEvent): an Originate whose ChannelId starts with `reminder-` gets its OriginateResponse, then
 * `UserEvent: ReminderAnswer` and, unless the key was 2, the Hangup, `stepMs` apart. Other Originates go to the
 * script set before.
 */
export function answerReminderCalls(
  pbx: ScriptedAmiServer,
  reply: (call: ReminderCall) => ReminderReply,
  stepMs = 20,
): ReminderResponses {
  const calls: ReminderCall[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let sequence = 0;
  const other = pbx.scriptOf('Originate');
  pbx.onAction('Originate', (action) => {
    const attemptId = reminderAttemptOf(action['channelid']);
    if (!attemptId) return other?.(action) ?? [];
    const call = reminderCall(attemptId, action);
    calls.push(call);
    const channel = `${action['channel'].replace(/@.*/, '')}-${(++sequence).toString(16).padStart(8, '0')}`;
    const { outcome, digit = '1' } = reply(call);
    const steps = [originateResponse(action, channel, outcome)];
    if (outcome === 'answered') steps.push(answerFrame(action, channel, digit));
    if ((outcome === 'answered' && digit !== '2') || outcome === 'busy')
      steps.push(hangupFrame(action, channel));
    steps.forEach((frame, step) => {
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          pbx.broadcast([frame]);
        },
        stepMs * (step + 1),
      );
      timers.add(timer);
    });
    return [];
  });
  return {
    calls,
    stop: () => {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
}

function reminderCall(attemptId: string, action: AmiMessage): ReminderCall {
  const variables = Object.fromEntries(
    (action['variable'] ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  const number = (action['channel'] ?? '').replace(/^PJSIP\//, '').replace(/@.*$/, '');
  return { attemptId, number, context: action['context'] ?? '', variables };
}

const own = (action: AmiMessage, channel: string) => ({
  Channel: channel,
  Uniqueid: action['channelid'],
  Linkedid: action['channelid'],
});

function originateResponse(action: AmiMessage, channel: string, outcome: SurveyDialOutcome): string {
  return amiFrame({
    Event: 'OriginateResponse',
    Privilege: 'call,all',
    ActionID: action['actionid'],
    Response: outcome === 'answered' ? 'Success' : 'Failure',
    Channel: channel,
    Context: action['context'],
    Exten: action['exten'],
    Reason: REASON[outcome],
    Uniqueid: action['channelid'],
    CallerIDNum: '<unknown>',
  });
}

function answerFrame(action: AmiMessage, channel: string, digit: string | null): string {
  return amiFrame({
    Event: 'UserEvent',
    Privilege: 'user,all',
    ...own(action, channel),
    ChannelState: 6,
    ChannelStateDesc: 'Up',
    Context: REMINDER_CONTEXT,
    Exten: 's',
    UserEvent: 'ReminderAnswer',
    Reminder: action['variable']?.match(/SB_REMINDER=([^,]*)/)?.[1] ?? '',
    Digit: digit ?? 'none',
    ReadStatus: digit === null ? 'TIMEOUT' : 'OK',
  });
}

function hangupFrame(action: AmiMessage, channel: string): string {
  return amiFrame({
    Event: 'Hangup',
    Privilege: 'call,all',
    ...own(action, channel),
    Cause: 16,
    'Cause-txt': 'Normal Clearing',
  });
}
