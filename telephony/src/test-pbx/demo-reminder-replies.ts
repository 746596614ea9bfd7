import { ReminderReply } from './reminder-responses';

/** How often a demo client does not pick up, is busy, or asks to move what they were reminded of. */
const NO_ANSWER_SHARE = 0.1;
const BUSY_SHARE = 0.1;
const MOVE_SHARE = 0.15;

/**
 * A demo client of the simulated PBX on a reminder call: mostly confirms (1), sometimes asks to move it (3), or is
 * busy or away. Never 2: the demo has no queue call to send them on to. `random` is Math.random unless a test
 * fixes it.
 */
export function demoReminderReply(random: () => number = Math.random): ReminderReply {
  const roll = random();
  if (roll < NO_ANSWER_SHARE) return { outcome: 'noAnswer' };
  if (roll < NO_ANSWER_SHARE + BUSY_SHARE) return { outcome: 'busy' };
  if (roll < NO_ANSWER_SHARE + BUSY_SHARE + MOVE_SHARE) return { outcome: 'answered', digit: '3' };
  return { outcome: 'answered', digit: '1' };
}
