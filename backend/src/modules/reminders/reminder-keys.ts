import { ReminderOutcome } from '@switchboard/contracts';

const OUTCOME_OF_KEY: Record<string, ReminderOutcome> = {
  '1': 'confirmed',
  '2': 'operator',
  '3': 'reschedule',
};

/** What the key pressed on a reminder call means; anything but 1, 2 or 3 (or nothing) is `none`. */
export function reminderOutcome(digit: string | null): ReminderOutcome {
  return (digit !== null && OUTCOME_OF_KEY[digit]) || 'none';
}
