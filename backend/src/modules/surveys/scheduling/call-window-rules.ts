import { CallWindow } from '@switchboard/contracts';
import { CodedFieldError } from '../../../core/http/domain-error';
import { isTimeZone } from './client-time-zone';

/** What the field decorators cannot see of a call window: its order, its days and its zone (`field` prefixes them). */
export function callWindowErrors(window: CallWindow, field = 'window'): CodedFieldError[] {
  const errors: CodedFieldError[] = [];
  if (window.from >= window.to) {
    errors.push({ field: `${field}.to`, code: 'INVALID', reason: 'must be later than the window opens' });
  }
  if (window.days.length === 0) {
    errors.push({ field: `${field}.days`, code: 'REQUIRED', reason: 'needs at least one weekday' });
  }
  if (!isTimeZone(window.timeZone)) {
    errors.push({ field: `${field}.timeZone`, code: 'INVALID', reason: 'is not a known time zone' });
  }
  return errors;
}
