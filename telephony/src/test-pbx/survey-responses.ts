import { amiFrame } from '../asterisk-ami/ami-frame';
import { AmiMessage } from '../asterisk-ami/ami-parser';
import { surveyAttemptOf } from '../asterisk-ami/asterisk-surveys';
import { SurveyDialOutcome } from '../port/pbx-events';
import { ScriptedAmiServer } from './scripted-ami-server';

/** A survey call as the scripted PBX received it. */
export interface SurveyCall {
  attemptId: string;
  /** The dialed number: what stands between `PJSIP/` and `@` in the Originate's Channel. */
  number: string;
  variables: Record<string, string>;
  /** Question ids in the order crm-survey asks them. */
  questions: string[];
}

/** How the called client behaves: whether they answer and, if so, what they key for each question (null: nothing). */
export interface SurveyReply {
  outcome: SurveyDialOutcome;
  keys?: (string | null)[];
}

export interface SurveyResponses {
  readonly calls: SurveyCall[];
  stop(): void;
}

/** OriginateResponse's Reason for each way a call can go (include/asterisk/frame.h). */
const REASON: Record<SurveyDialOutcome, number> = { answered: 4, busy: 5, noAnswer: 3, failed: 0 };

/**
 * Makes the scripted PBX play the clients of survey calls, with frames shaped like those recorded from Asterisk
 * 22.10.1 (`asterisk-ami/__fixtures__/survey_playdtmf.ami`): an Originate whose ChannelId starts with `survey-`
 * gets its OriginateResponse, then one `UserEvent: SurveyAnswer` per question and the Hangup, `stepMs` apart, as
 * crm-survey would send them. Other Originates go to the script set before.
 */
export function answerSurveyCalls(
  pbx: ScriptedAmiServer,
  reply: (call: SurveyCall) => SurveyReply,
  stepMs = 20,
): SurveyResponses {
  const calls: SurveyCall[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let sequence = 0;
  const later = (frames: string[][]) =>
    frames.forEach((batch, step) => {
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          pbx.broadcast(batch);
        },
        stepMs * (step + 1),
      );
      timers.add(timer);
    });
  const other = pbx.scriptOf('Originate');
  pbx.onAction('Originate', (action) => {
    const attemptId = surveyAttemptOf(action['channelid']);
    if (!attemptId) return other?.(action) ?? [];
    const call = surveyCall(attemptId, action);
    calls.push(call);
    const channel = `${action['channel'].replace(/@.*/, '')}-${(++sequence).toString(16).padStart(8, '0')}`;
    const { outcome, keys = [] } = reply(call);
    const steps = [[originateResponse(action, channel, outcome)]];
    if (outcome === 'answered') {
      call.questions.forEach((questionId, index) =>
        steps.push([answerFrame(action, channel, questionId, keys[index] ?? null)]),
      );
    }
    if (outcome === 'answered' || outcome === 'busy') steps.push([hangupFrame(action, channel)]);
    later(steps);
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

function surveyCall(attemptId: string, action: AmiMessage): SurveyCall {
  const variables = Object.fromEntries(
    (action['variable'] ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  const count = Number(variables['SB_QUESTIONS'] ?? 0);
  const questions = Array.from({ length: count }, (_, index) => variables[`SB_Q${index + 1}_ID`] ?? '');
  const number = (action['channel'] ?? '').replace(/^PJSIP\//, '').replace(/@.*$/, '');
  return { attemptId, number, variables, questions };
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

function answerFrame(action: AmiMessage, channel: string, questionId: string, keys: string | null): string {
  return amiFrame({
    Event: 'UserEvent',
    Privilege: 'user,all',
    ...own(action, channel),
    ChannelState: 6,
    ChannelStateDesc: 'Up',
    Context: 'crm-survey',
    Exten: 's',
    UserEvent: 'SurveyAnswer',
    SurveyId: action['variable']?.match(/SB_SURVEY=([^,]*)/)?.[1] ?? '',
    Question: questionId,
    Digit: keys ?? 'none',
    ReadStatus: keys === null ? 'TIMEOUT' : 'OK',
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
