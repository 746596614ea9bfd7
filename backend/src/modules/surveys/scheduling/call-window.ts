import { CallWindow } from '@switchboard/contracts';
import { DateTime } from 'luxon';

/** How many days ahead to look for an allowed day before giving up (a window with no weekday never opens). */
const SEARCH_DAYS = 8;

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/**
 * The first moment at or after `due` that falls inside the window in the client's zone: `due` itself when it
 * does, else the window's next opening on an allowed weekday. Null when the window has no allowed day.
 */
export function nextCallTime(due: Date, window: CallWindow, zone: string): Date | null {
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  const local = DateTime.fromJSDate(due, { zone });
  for (let day = 0; day < SEARCH_DAYS; day++) {
    const date = local.plus({ days: day }).startOf('day');
    if (!window.days.includes(date.weekday)) continue;
    // Set as wall-clock times: adding minutes to midnight would drift by an hour on a daylight-saving day.
    const opens = date.set({ hour: Math.floor(from / 60), minute: from % 60 });
    const closes = date.set({ hour: Math.floor(to / 60), minute: to % 60 });
    if (day === 0 && local >= closes) continue;
    return (day === 0 && local > opens ? local : opens).toJSDate();
  }
  return null;
}

/** Whether `at` lies inside the window in the client's zone (checked again just before dialing). */
export function insideWindow(at: Date, window: CallWindow, zone: string): boolean {
  const local = DateTime.fromJSDate(at, { zone });
  const minute = local.hour * 60 + local.minute;
  return (
    window.days.includes(local.weekday) && minute >= minutesOf(window.from) && minute < minutesOf(window.to)
  );
}
