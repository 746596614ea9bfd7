import { fromIsoDate, localDate, toIsoDate } from './iso-date';

describe('ISO days', () => {
  it('round-trips a day through the local calendar', () => {
    const day = fromIsoDate('2026-03-29');
    expect(day).toEqual(new Date(2026, 2, 29));
    expect(toIsoDate(day)).toBe('2026-03-29');
  });

  it('has no day for empty, malformed or impossible input', () => {
    expect(fromIsoDate('')).toBeNull();
    expect(fromIsoDate(null)).toBeNull();
    expect(fromIsoDate('02.12.2026')).toBeNull();
    expect(localDate(2026, 2, 29)).toBeNull();
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(new Date(NaN))).toBeNull();
  });
});
