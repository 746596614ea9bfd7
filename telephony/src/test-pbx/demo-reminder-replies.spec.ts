import { demoReminderReply } from './demo-reminder-replies';

describe('demoReminderReply', () => {
  it('is away, busy, moves or confirms by the roll, and never asks for an operator', () => {
    expect([0.05, 0.15, 0.3, 0.9].map((roll) => demoReminderReply(() => roll))).toEqual([
      { outcome: 'noAnswer' },
      { outcome: 'busy' },
      { outcome: 'answered', digit: '3' },
      { outcome: 'answered', digit: '1' },
    ]);
  });
});
