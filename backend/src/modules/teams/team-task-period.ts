import { TeamTaskPeriod } from '@switchboard/contracts';

/** Where a period starts and ends (exclusive), in the server's local time, around `now`. */
export function periodBounds(period: TeamTaskPeriod, now: Date): { from: Date; to: Date } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (period === 'week') from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  // Calendar arithmetic rather than adding hours, so a day with a clock change still ends at midnight.
  const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + (period === 'week' ? 7 : 1));
  return { from, to };
}
