import { birthdayRanges } from './birthday-window';

describe('birthdayRanges', () => {
  it('covers today and the next days as month-day numbers', () => {
    expect(birthdayRanges(new Date('2026-03-07T12:00:00Z'), 7)).toEqual([[307, 314]]);
  });

  it('splits a window that crosses New Year', () => {
    expect(birthdayRanges(new Date('2026-12-28T00:00:00Z'), 7)).toEqual([
      [1228, 1231],
      [101, 104],
    ]);
  });

  it('matches every birthday for a whole year', () => {
    expect(birthdayRanges(new Date('2026-06-01T00:00:00Z'), 365)).toBe('all');
  });
});
