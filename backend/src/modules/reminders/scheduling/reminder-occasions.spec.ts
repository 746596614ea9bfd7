import { DEFAULT_REMINDER_SETTINGS } from '../reminder-defaults';
import { scanRanges } from './reminder-occasions';

const on = {
  ...DEFAULT_REMINDER_SETTINGS,
  instalmentDue: { enabled: true, daysBefore: 2 },
  instalmentOverdue: { enabled: true, daysAfter: 3 },
  tasks: { enabled: true, hoursBefore: 24 },
};

describe('scanRanges', () => {
  it('looks for nothing while every kind is off (the default)', () => {
    expect(scanRanges(DEFAULT_REMINDER_SETTINGS, new Date('2026-12-02T10:00:00Z'))).toEqual({
      instalmentDue: null,
      instalmentOverdue: null,
      tasks: null,
    });
  });

  it('takes instalments due from today to N days ahead and those overdue by M days, up to a week more', () => {
    const ranges = scanRanges(on, new Date('2026-12-02T10:00:00Z'));
    expect(ranges.instalmentDue).toEqual({ from: '2026-12-02', to: '2026-12-04' });
    expect(ranges.instalmentOverdue).toEqual({ from: '2026-11-22', to: '2026-11-29' });
  });

  it("counts days from the date in the settings' zone, not in UTC", () => {
    // 23:30 UTC on 2 December is already 3 December in Kyiv.
    expect(scanRanges(on, new Date('2026-12-02T23:30:00Z')).instalmentDue).toEqual({
      from: '2026-12-03',
      to: '2026-12-05',
    });
  });

  it('takes tasks due within the next hours', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(scanRanges(on, now).tasks).toEqual({ after: now, until: new Date('2026-12-03T10:00:00Z') });
  });
});
