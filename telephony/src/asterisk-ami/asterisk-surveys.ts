import { PbxEvent, SurveyDialOutcome } from '../port/pbx-events';
import { AmiMessage } from './ami-parser';

/**
 * A survey call's `ChannelId`, and so its Uniqueid and Linkedid, is this prefix and the attempt's id: every
 * AMI session (the worker that dialed, each API instance) tells its events from calls without asking anyone.
 */
export const SURVEY_CHANNEL_PREFIX = 'survey-';

/**
 * OriginateResponse's `Reason` is the last control frame the dialed channel sent (include/asterisk/frame.h):
 * 4 answer, 5 busy, 3 still ringing when the timeout hit, 1 hung up before answering, 8 congestion; 0 no
 * channel at all.
 */
const OUTCOME_OF_REASON: Record<string, SurveyDialOutcome> = {
  '4': 'answered',
  '5': 'busy',
  '3': 'noAnswer',
  '1': 'noAnswer',
};

/** Whether the client answered an originated call, or why not, from its OriginateResponse. */
export function dialOutcomeOf(event: AmiMessage): SurveyDialOutcome {
  return event['response'] === 'Success'
    ? 'answered'
    : (OUTCOME_OF_REASON[event['reason'] ?? ''] ?? 'failed');
}

export function surveyAttemptOf(id: string | undefined): string | null {
  return id?.startsWith(SURVEY_CHANNEL_PREFIX) ? id.slice(SURVEY_CHANNEL_PREFIX.length) : null;
}

/** Whether an AMI event is about a survey call (such channels are not calls with an agent). */
export function isSurveyEvent(event: AmiMessage): boolean {
  return surveyAttemptOf(event['linkedid'] ?? event['uniqueid']) !== null;
}

/**
 * What one event of a survey call means: OriginateResponse says whether the client answered; crm-survey's
 * `UserEvent(SurveyAnswer, …)` carries each answer (recorded on Asterisk 22.10.1: `__fixtures__/survey_*.ami`);
 * the Hangup of the dialed channel itself ends the attempt.
 */
export function surveyEvents(event: AmiMessage, at: Date): PbxEvent[] {
  const attemptId = surveyAttemptOf(event['linkedid'] ?? event['uniqueid']);
  if (!attemptId) return [];
  switch (event['event']) {
    case 'OriginateResponse':
      return [{ type: 'survey.dialed', at, attemptId, outcome: dialOutcomeOf(event) }];
    case 'UserEvent': {
      const questionId = event['question'];
      if (event['userevent'] !== 'SurveyAnswer' || !questionId) return [];
      const digit = event['digit'];
      return [
        {
          type: 'survey.answerKeyed',
          at,
          attemptId,
          questionId,
          digits: digit && digit !== 'none' ? digit : null,
        },
      ];
    }
    case 'Hangup':
      return surveyAttemptOf(event['uniqueid']) === attemptId
        ? [{ type: 'survey.hungUp', at, attemptId }]
        : [];
    default:
      return [];
  }
}
