import { dayAndTimeToIso } from './day-and-time';

describe('dayAndTimeToIso', () => {
  const day = new Date(2026, 11, 2);

  it('puts the chosen time on the chosen day, in local time', () => {
    expect(dayAndTimeToIso(day, new Date(2000, 0, 1, 14, 30, 45))).toBe(
      new Date(2026, 11, 2, 14, 30).toISOString(),
    );
  });

  it('reads a day without a time as the end of that day', () => {
    expect(dayAndTimeToIso(day, null)).toBe(new Date(2026, 11, 2, 23, 59).toISOString());
  });

  it('gives nothing without a readable day', () => {
    expect(dayAndTimeToIso(null, new Date(2026, 0, 1, 9, 0))).toBeNull();
    expect(dayAndTimeToIso(new Date(NaN), null)).toBeNull();
  });
});
