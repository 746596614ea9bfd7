/** Month and day as one number (March 7 -> 307), the form the birthday index stores. */
export const BIRTHDAY_SQL =
  '((EXTRACT(MONTH FROM c.birth_date) * 100 + EXTRACT(DAY FROM c.birth_date))::int)';

const monthDay = (date: Date) => (date.getUTCMonth() + 1) * 100 + date.getUTCDate();

/**
 * Month-day ranges covering `today` and the next `days` days; two ranges when the window crosses
 * New Year, none (every birthday) when it spans a whole year.
 */
export function birthdayRanges(today: Date, days: number): [number, number][] | 'all' {
  if (days >= 365) return 'all';
  const end = new Date(today.getTime() + days * 86_400_000);
  const from = monthDay(today);
  const to = monthDay(end);
  return from <= to
    ? [[from, to]]
    : [
        [from, 1231],
        [101, to],
      ];
}
