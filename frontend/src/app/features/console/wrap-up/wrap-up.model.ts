import { FieldError, WrapUpRequest } from '@switchboard/contracts';

import { dayAndTimeToIso } from '../../../core/i18n/day-and-time';

export interface WrapUpFormValue {
  code: string;
  note: string;
  followUp: boolean;
  followUpTitle: string;
  /** The day from the datepicker and the time from the timepicker. */
  followUpDue: Date | null;
  followUpDueTime: Date | null;
  orderId: string;
}

/** The form's value as the API wants it: empty text left out, the follow-up only when asked for. */
export function toWrapUpRequest(value: WrapUpFormValue): WrapUpRequest {
  const title = value.followUpTitle.trim();
  return {
    code: value.code,
    note: value.note.trim() || null,
    followUp:
      value.followUp && title
        ? { title, dueAt: dayAndTimeToIso(value.followUpDue, value.followUpDueTime) }
        : null,
    orderId: value.orderId || null,
  };
}

const FIELD_CONTROLS: Record<string, keyof WrapUpFormValue> = {
  code: 'code',
  note: 'note',
  'followUp.title': 'followUpTitle',
  'followUp.dueAt': 'followUpDue',
  orderId: 'orderId',
};

/** The server's field errors keyed by the form control they belong to; others under `form`. */
export function wrapUpFieldErrors(
  errors: FieldError[],
): Partial<Record<keyof WrapUpFormValue | 'form', string>> {
  const result: Partial<Record<keyof WrapUpFormValue | 'form', string>> = {};
  for (const { field, reason } of errors) {
    const control = FIELD_CONTROLS[field] ?? 'form';
    result[control] = result[control] ? `${result[control]}; ${reason}` : reason;
  }
  return result;
}
