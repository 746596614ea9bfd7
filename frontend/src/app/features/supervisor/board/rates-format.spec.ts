import { elapsedSeconds, formatPercent, formatSeconds } from './rates-format';

describe('rates formatting', () => {
  it('writes durations as m:ss, from an hour on as h:mm:ss, and a dash for none', () => {
    expect(formatSeconds(0)).toBe('0:00');
    expect(formatSeconds(42.4)).toBe('0:42');
    expect(formatSeconds(125)).toBe('2:05');
    expect(formatSeconds(3599.6)).toBe('1:00:00');
    expect(formatSeconds(3723)).toBe('1:02:03');
    expect(formatSeconds(-3)).toBe('0:00');
    expect(formatSeconds(null)).toBe('—');
  });

  it('writes a rate as whole percent in the language’s way, and a dash for none', () => {
    expect(formatPercent(0.875, 'en')).toBe('88%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(0.5, 'ru').replace(/\s/g, ' ')).toBe('50 %');
    expect(formatPercent(null, 'ru')).toBe('—');
  });

  it('counts whole seconds since a moment, never below zero', () => {
    const now = Date.parse('2026-12-03T10:00:10.900Z');
    expect(elapsedSeconds('2026-12-03T10:00:00.000Z', now)).toBe(10);
    expect(elapsedSeconds('2026-12-03T10:00:20.000Z', now)).toBe(0);
    expect(elapsedSeconds(null, now)).toBeNull();
    expect(elapsedSeconds('not a date', now)).toBeNull();
  });
});
