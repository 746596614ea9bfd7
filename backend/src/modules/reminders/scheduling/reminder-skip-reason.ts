import { ReminderSettings } from '@switchboard/contracts';
import { ReminderCandidate } from './reminder-candidate';
import { ReminderTarget } from './reminder-candidates.sql';

/** Why a candidate is not called at all, or null when it may be. */
export function skipReason(
  target: Pick<ReminderTarget, 'phone' | 'callConsent' | 'doNotCall'>,
  settings: ReminderSettings,
  candidate: ReminderCandidate,
  dueAt: Date | null,
): string | null {
  if (!target.phone) return 'the client has no phone number';
  if (settings.consentRequired && !target.callConsent) return 'no consent to automated calls';
  if (target.doNotCall) return 'do not call';
  if (!dueAt) return 'the call window has no weekday';
  if (candidate.kind === 'task' && dueAt.getTime() >= Date.parse(candidate.facts.due))
    return 'the call window opens only after the task is due';
  return null;
}
