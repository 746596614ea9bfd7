import { formatDate } from '@angular/common';

import { fromIsoDate } from './iso-date';

/**
 * When a reminder's subject is due, in the interface language: an instalment's day (`2026-12-10`, read as the
 * local day, never shifted through UTC), or a task's moment with its time.
 */
export function reminderDue(value: string, locale: string): string {
  const day = fromIsoDate(value);
  if (day) return formatDate(day, 'mediumDate', locale);
  if (!value) return '';
  return `${formatDate(value, 'mediumDate', locale)}, ${formatDate(value, 'shortTime', locale)}`;
}
