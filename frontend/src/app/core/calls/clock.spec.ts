import { formatCountdown, secondsLeft } from './clock';

describe('countdowns', () => {
  it('counts whole seconds down to a deadline and stops at zero', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(secondsLeft('2026-01-01T10:01:30.200Z', now)).toBe(91);
    expect(secondsLeft('2026-01-01T09:59:00Z', now)).toBe(0);
    expect(secondsLeft(null, now)).toBeNull();
    expect(formatCountdown(91)).toBe('1:31');
    expect(formatCountdown(5)).toBe('0:05');
  });
});
