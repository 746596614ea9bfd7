import { CallWindow } from '@switchboard/contracts';
import { insideWindow, nextCallTime } from './call-window';

const weekdays: CallWindow = { from: '10:00', to: '19:00', days: [1, 2, 3, 4, 5], timeZone: 'UTC' };
const at = (iso: string) => new Date(iso);

describe('nextCallTime', () => {
  it('keeps a due time that is inside the window in the client zone', () => {
    // Wednesday 2026-12-02 12:30 in Kyiv is 10:30 UTC.
    expect(nextCallTime(at('2026-12-02T10:30:00Z'), weekdays, 'Europe/Kyiv')).toEqual(
      at('2026-12-02T10:30:00Z'),
    );
  });

  it('waits for the window to open the same day', () => {
    // 07:00 in Kyiv: the window opens at 10:00 Kyiv, 08:00 UTC.
    expect(nextCallTime(at('2026-12-02T05:00:00Z'), weekdays, 'Europe/Kyiv')).toEqual(
      at('2026-12-02T08:00:00Z'),
    );
  });

  it('moves past the closing time to the next allowed day', () => {
    // Friday 2026-12-04 20:00 in Yerevan (UTC+4): next is Monday 10:00 Yerevan, 06:00 UTC.
    expect(nextCallTime(at('2026-12-04T16:00:00Z'), weekdays, 'Asia/Yerevan')).toEqual(
      at('2026-12-07T06:00:00Z'),
    );
  });

  it('reads the weekday in the client zone, not in UTC', () => {
    // Saturday 01:00 in Vladivostok is still Friday 15:00 UTC; Saturday is not allowed there.
    const result = nextCallTime(at('2026-12-04T15:00:00Z'), weekdays, 'Asia/Vladivostok');
    expect(result).toEqual(at('2026-12-07T00:00:00Z'));
  });

  it('keeps local opening hours across a daylight-saving change', () => {
    // Kyiv moves to summer time on 2027-03-28: 10:00 local is 08:00 UTC before and 07:00 UTC after.
    const everyDay = { ...weekdays, days: [1, 2, 3, 4, 5, 6, 7] };
    expect(nextCallTime(at('2027-03-27T18:00:00Z'), everyDay, 'Europe/Kyiv')).toEqual(
      at('2027-03-28T07:00:00Z'),
    );
  });

  it('gives up on a window without days', () => {
    expect(nextCallTime(at('2026-12-02T10:30:00Z'), { ...weekdays, days: [] }, 'UTC')).toBeNull();
  });
});

describe('insideWindow', () => {
  it('includes the opening minute and excludes the closing one', () => {
    expect(insideWindow(at('2026-12-02T10:00:00Z'), weekdays, 'UTC')).toBe(true);
    expect(insideWindow(at('2026-12-02T18:59:00Z'), weekdays, 'UTC')).toBe(true);
    expect(insideWindow(at('2026-12-02T19:00:00Z'), weekdays, 'UTC')).toBe(false);
    expect(insideWindow(at('2026-12-05T12:00:00Z'), weekdays, 'UTC')).toBe(false);
  });
});
