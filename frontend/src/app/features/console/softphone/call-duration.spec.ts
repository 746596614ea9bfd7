import { formatCallDuration } from './call-duration';

describe('formatCallDuration', () => {
  it('shows minutes and padded seconds, and hours once a call passes one', () => {
    expect(formatCallDuration(0)).toBe('0:00');
    expect(formatCallDuration(65)).toBe('1:05');
    expect(formatCallDuration(3599)).toBe('59:59');
    expect(formatCallDuration(3600 + 7 * 60 + 9)).toBe('1:07:09');
  });

  it('never shows a negative time when clocks disagree', () => {
    expect(formatCallDuration(-3)).toBe('0:00');
  });
});
