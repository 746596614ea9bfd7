import { periodBounds } from './team-task-period';

const local = (...parts: [number, number, number, number?, number?]) => new Date(...parts);

describe('periodBounds', () => {
  it('today runs from local midnight to the next', () => {
    expect(periodBounds('today', local(2026, 2, 18, 15, 40))).toEqual({
      from: local(2026, 2, 18),
      to: local(2026, 2, 19),
    });
  });

  it('a week runs from Monday midnight to the next Monday, whatever the day', () => {
    const week = { from: local(2026, 2, 16), to: local(2026, 2, 23) };
    expect(periodBounds('week', local(2026, 2, 16, 0, 0))).toEqual(week);
    expect(periodBounds('week', local(2026, 2, 18, 9))).toEqual(week);
    expect(periodBounds('week', local(2026, 2, 22, 23, 59))).toEqual(week);
  });

  it('crosses month and year ends', () => {
    expect(periodBounds('week', local(2027, 0, 1, 12))).toEqual({
      from: local(2026, 11, 28),
      to: local(2027, 0, 4),
    });
    expect(periodBounds('today', local(2026, 11, 31, 23))).toEqual({
      from: local(2026, 11, 31),
      to: local(2027, 0, 1),
    });
  });
});
