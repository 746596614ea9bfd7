/** Whole seconds from `since` to `now`, never negative; null without a start. */
export function elapsedSeconds(since: string | null, now: number): number | null {
  if (since === null) return null;
  const start = Date.parse(since);
  return Number.isNaN(start) ? null : Math.max(0, Math.floor((now - start) / 1000));
}

/** `m:ss` under an hour, `h:mm:ss` from an hour on; a dash where nothing was counted. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A 0–1 rate as whole percent the way the language writes it (`87%`, `87 %`); a dash for none. */
export function formatPercent(rate: number | null, locale: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
