import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { ReminderSettings, UpdateReminderSettingsRequest } from '@switchboard/contracts';

import { closesAfterOpening, someDay, wholeNumberIn } from '../../surveys/campaigns/campaign-form';

/** The limits the form keeps numbers in, as the server does; its refusals still land on the fields. */
export const REMINDER_LIMITS = {
  daysBefore: { min: 0, max: 30 },
  daysAfter: { min: 1, max: 90 },
  hoursBefore: { min: 1, max: 168 },
  maxAttempts: { min: 1, max: 10 },
  retryMinutes: { min: 1, max: 10_080 },
  maxConcurrentCalls: { min: 1, max: 100 },
} as const;

/** What the form holds until the server's settings arrive (it is not shown meanwhile). */
export const BEFORE_LOADING: ReminderSettings = {
  instalmentDue: { enabled: false, daysBefore: 2 },
  instalmentOverdue: { enabled: false, daysAfter: 3 },
  tasks: { enabled: false, hoursBefore: 24 },
  window: { from: '10:00', to: '19:00', days: [1, 2, 3, 4, 5], timeZone: 'UTC' },
  maxAttempts: 3,
  retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
  consentRequired: true,
  operatorQueue: 'support',
  maxConcurrentCalls: 10,
};

const QUEUE_NAME = /^[\w.-]{1,64}$/;

export type ReminderSettingsForm = ReturnType<typeof reminderSettingsForm>;

/** The settings form, shaped like the request so that the server's field paths (`window.to`) name its controls. */
export function reminderSettingsForm(fb: NonNullableFormBuilder, settings: ReminderSettings) {
  const { instalmentDue, instalmentOverdue, tasks, window, retryMinutes } = settings;
  const minutes = (value: number) =>
    fb.control<number | null>(value, wholeNumberIn(REMINDER_LIMITS.retryMinutes));
  const form = fb.group({
    instalmentDue: fb.group({
      enabled: fb.control(instalmentDue.enabled),
      daysBefore: fb.control<number | null>(
        instalmentDue.daysBefore,
        wholeNumberIn(REMINDER_LIMITS.daysBefore),
      ),
    }),
    instalmentOverdue: fb.group({
      enabled: fb.control(instalmentOverdue.enabled),
      daysAfter: fb.control<number | null>(
        instalmentOverdue.daysAfter,
        wholeNumberIn(REMINDER_LIMITS.daysAfter),
      ),
    }),
    tasks: fb.group({
      enabled: fb.control(tasks.enabled),
      hoursBefore: fb.control<number | null>(tasks.hoursBefore, wholeNumberIn(REMINDER_LIMITS.hoursBefore)),
    }),
    window: fb.group({
      from: fb.control(window.from, Validators.required),
      to: fb.control(window.to, [Validators.required, closesAfterOpening]),
      days: fb.control<number[]>([...window.days], someDay),
      timeZone: fb.control(window.timeZone, Validators.required),
    }),
    maxAttempts: fb.control<number | null>(settings.maxAttempts, wholeNumberIn(REMINDER_LIMITS.maxAttempts)),
    retryMinutes: fb.group({
      noAnswer: minutes(retryMinutes.noAnswer),
      busy: minutes(retryMinutes.busy),
      failed: minutes(retryMinutes.failed),
    }),
    consentRequired: fb.control(settings.consentRequired),
    operatorQueue: fb.control(settings.operatorQueue, [Validators.required, Validators.pattern(QUEUE_NAME)]),
    maxConcurrentCalls: fb.control<number | null>(
      settings.maxConcurrentCalls,
      wholeNumberIn(REMINDER_LIMITS.maxConcurrentCalls),
    ),
  });
  // `to` reads `from` beside it, which it could not see before the group held them.
  form.controls.window.controls.to.updateValueAndValidity({ emitEvent: false });
  return form;
}

const whole = (value: number | null): number => value ?? 0;

/** The request the form stands for; only call it on a valid form. */
export function toReminderSettingsRequest(form: ReminderSettingsForm): UpdateReminderSettingsRequest {
  const value = form.getRawValue();
  return {
    instalmentDue: {
      enabled: value.instalmentDue.enabled,
      daysBefore: whole(value.instalmentDue.daysBefore),
    },
    instalmentOverdue: {
      enabled: value.instalmentOverdue.enabled,
      daysAfter: whole(value.instalmentOverdue.daysAfter),
    },
    tasks: { enabled: value.tasks.enabled, hoursBefore: whole(value.tasks.hoursBefore) },
    window: { ...value.window, days: [...value.window.days].sort((a, b) => a - b) },
    maxAttempts: whole(value.maxAttempts),
    retryMinutes: {
      noAnswer: whole(value.retryMinutes.noAnswer),
      busy: whole(value.retryMinutes.busy),
      failed: whole(value.retryMinutes.failed),
    },
    consentRequired: value.consentRequired,
    operatorQueue: value.operatorQueue.trim(),
    maxConcurrentCalls: whole(value.maxConcurrentCalls),
  };
}
