import { PbxEvent } from '../port/pbx-events';
import { AmiMessage } from './ami-parser';
import { dialOutcomeOf } from './asterisk-surveys';

/**
 * A reminder call's `ChannelId`, and so its Uniqueid and Linkedid, is this prefix and the attempt's id: every AMI
 * session tells its events from other calls without asking anyone.
 */
export const REMINDER_CHANNEL_PREFIX = 'reminder-';
/** The context the worker dials reminder calls into (dialplans/extensions.conf). */
export const REMINDER_CONTEXT = 'crm-reminder';

export function reminderAttemptOf(id: string | undefined): string | null {
  return id?.startsWith(REMINDER_CHANNEL_PREFIX) ? id.slice(REMINDER_CHANNEL_PREFIX.length) : null;
}

/** Whether an AMI event is about a reminder call. */
export function isReminderEvent(event: AmiMessage): boolean {
  return reminderAttemptOf(event['linkedid'] ?? event['uniqueid']) !== null;
}

/**
 * Whether a live channel (CoreShowChannel) of a reminder call is still in crm-reminder: such a channel talks to
 * the client alone and is no call of the console. One the client sent on to the queue (key 2) is one.
 */
export function isReminderDialogue(channel: AmiMessage): boolean {
  return isReminderEvent(channel) && channel['context'] === REMINDER_CONTEXT;
}

/**
 * What one event of a reminder call means: OriginateResponse says whether the client answered; crm-reminder's
 * `UserEvent(ReminderAnswer, Digit: …)` the key they pressed (the shape of the recorded `survey_*.ami` streams);
 * the Hangup of the dialed channel itself ends the attempt.
 */
export function reminderEvents(event: AmiMessage, at: Date): PbxEvent[] {
  const attemptId = reminderAttemptOf(event['linkedid'] ?? event['uniqueid']);
  if (!attemptId) return [];
  switch (event['event']) {
    case 'OriginateResponse':
      return [{ type: 'reminder.dialed', at, attemptId, outcome: dialOutcomeOf(event) }];
    case 'UserEvent': {
      if (event['userevent'] !== 'ReminderAnswer') return [];
      const digit = event['digit'];
      return [{ type: 'reminder.keyed', at, attemptId, digit: digit && digit !== 'none' ? digit : null }];
    }
    case 'Hangup':
      return reminderAttemptOf(event['uniqueid']) === attemptId
        ? [{ type: 'reminder.hungUp', at, attemptId }]
        : [];
    default:
      return [];
  }
}
