const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as the API takes it (`yyyy-mm-dd`), from the local day: no shift through UTC. */
export function toIsoDate(date: Date | null): string | null {
  if (date === null || isNaN(date.getTime())) return null;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local midnight of an API day (`new Date('2026-12-02')` would be UTC midnight, a day early west of it). */
export function fromIsoDate(value: string | null | undefined): Date | null {
  const match = ISO_DATE.exec(value ?? '');
  if (!match) return null;
  return localDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The local midnight of a day given by its parts (month from 1), or null when there is no such day. */
export function localDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  // Years below 100 would be read as 19xx.
  date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
