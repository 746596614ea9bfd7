import { reminderOutcome } from './reminder-keys';

describe('reminderOutcome', () => {
  it('reads 1 as confirmed, 2 as an operator and 3 as moving it', () => {
    expect(['1', '2', '3'].map(reminderOutcome)).toEqual(['confirmed', 'operator', 'reschedule']);
  });

  it('reads no key and any other key as none', () => {
    expect([null, '4', '0', '12', ''].map(reminderOutcome)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });
});
