import { ReminderSettings } from '@switchboard/contracts';
import { DateTime } from 'luxon';

/**
 * How far back an overdue instalment is still reminded of: a worker that was down for a few days catches up,
 * turning the rule on does not call about last year's debts.
 */
export const OVERDUE_LOOKBACK_DAYS = 7;

/** Inclusive range of due dates (YYYY-MM-DD). */
export interface DueDates {
  from: string;
  to: string;
}

/** What one scan looks for; null where the admins turned the kind off. */
export interface ScanRanges {
  instalmentDue: DueDates | null;
  instalmentOverdue: DueDates | null;
  tasks: { after: Date; until: Date } | null;
}

/**
 * The instalments falling due within `daysBefore` days from today (the due day included: a scan that missed the
 * exact day still reminds), those overdue by `daysAfter` days (and up to a week more), and the tasks due within
 * `hoursBefore` hours. "Today" is the date in the settings' zone.
 */
export function scanRanges(settings: ReminderSettings, now: Date): ScanRanges {
  const today = DateTime.fromJSDate(now, { zone: settings.window.timeZone }).startOf('day');
  const date = (days: number) => today.plus({ days }).toISODate() ?? '';
  const { instalmentDue, instalmentOverdue, tasks } = settings;
  return {
    instalmentDue: instalmentDue.enabled ? { from: date(0), to: date(instalmentDue.daysBefore) } : null,
    instalmentOverdue: instalmentOverdue.enabled
      ? {
          from: date(-instalmentOverdue.daysAfter - OVERDUE_LOOKBACK_DAYS),
          to: date(-instalmentOverdue.daysAfter),
        }
      : null,
    tasks: tasks.enabled
      ? { after: now, until: new Date(now.getTime() + tasks.hoursBefore * 3_600_000) }
      : null,
  };
}
