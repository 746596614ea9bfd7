/** The zones offered first: where the call center's clients mostly live, and UTC. */
export const OFFERED_TIME_ZONES = [
  'Europe/Kyiv',
  'Europe/Moscow',
  'Asia/Yerevan',
  'Europe/London',
  'UTC',
] as const;

/** The browser's own IANA zone (`Europe/Kiev`, the older name some browsers still report, as `Europe/Kyiv`). */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return zone === 'Europe/Kiev' ? 'Europe/Kyiv' : zone;
}

/** The zones the select offers: the usual ones, the browser's own, and the one a campaign already has, each once. */
export function timeZoneChoices(browser: string, current: string | null): string[] {
  const zones: string[] = [...OFFERED_TIME_ZONES];
  for (const zone of [browser, current]) {
    if (zone && !zones.includes(zone)) zones.push(zone);
  }
  return zones;
}

/** Short weekday names in the interface language, for ISO days 1 (Monday) to 7. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(2024, 0, 1 + index)));
}
