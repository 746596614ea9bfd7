import {
  AbstractControl,
  NonNullableFormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { Campaign, CampaignTrigger, SaveCampaignRequest } from '@switchboard/contracts';

import { browserTimeZone } from './time-zones';

export const CAMPAIGN_NAME_MAX = 120;
export const TRIGGER_KINDS = [
  'orderStage',
  'payment',
  'manual',
] as const satisfies readonly CampaignTrigger['kind'][];
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
/** ISO weekdays, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The limits the form keeps numbers in; the server has the last word and its refusals land on the fields. */
export const LIMITS = {
  delayMinutes: { min: 0, max: 43_200 },
  maxAttempts: { min: 1, max: 10 },
  retryMinutes: { min: 1, max: 10_080 },
  maxConcurrentCalls: { min: 1, max: 100 },
} as const;

/** A number in E.164: a plus, then up to 15 digits, the first not 0. */
const E164 = /^\+[1-9]\d{6,14}$/;

export type CampaignForm = ReturnType<typeof campaignForm>;

/** `numberRange`: a whole number from `min` to `max`. */
export function wholeNumberIn({ min, max }: { min: number; max: number }): ValidatorFn {
  return (control: AbstractControl<number | null>) => {
    const value = control.value;
    return value === null || !Number.isInteger(value) || value < min || value > max
      ? { numberRange: { min, max } }
      : null;
  };
}

/** `stageRequired`: a campaign started by a funnel stage names the stage. */
function stageWhenTriggered(control: AbstractControl<string | null>): ValidationErrors | null {
  const kind = control.parent?.get('kind')?.value as TriggerKind | undefined;
  return kind === 'orderStage' && !control.value ? { stageRequired: true } : null;
}

/** `windowOrder` on `to`: the window closes after it opens, within the day (also the reminder settings' window). */
export function closesAfterOpening(control: AbstractControl<string>): ValidationErrors | null {
  const from = control.parent?.get('from')?.value as string | undefined;
  return from && control.value && control.value <= from ? { windowOrder: true } : null;
}

export function someDay(control: AbstractControl<number[]>): ValidationErrors | null {
  return control.value.length === 0 ? { noDays: true } : null;
}

/** `phoneFormat`: every do-not-call number is in E.164. */
function allE164(control: AbstractControl<string[]>): ValidationErrors | null {
  const wrong = control.value.filter((number) => !E164.test(number));
  return wrong.length > 0 ? { phoneFormat: { numbers: wrong.join(', ') } } : null;
}

/** A typed number without its spacing and punctuation; a leading 00 becomes +. */
export function normalizePhone(text: string): string {
  const compact = text.replace(/[\s().-]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

/** Adds typed or pasted numbers (split at commas, semicolons and line breaks), normalized, without repeats. */
export function addPhones(current: readonly string[], text: string): string[] {
  const next = [...current];
  for (const part of text.split(/[,;\n]/)) {
    const number = normalizePhone(part);
    if (number !== '' && !next.includes(number)) next.push(number);
  }
  return next;
}

export function isE164(number: string): boolean {
  return E164.test(number);
}

/** The editor's form, shaped like the request so that the server's field paths (`window.to`) name its controls. */
export function campaignForm(fb: NonNullableFormBuilder, campaign: Campaign | null) {
  const trigger = campaign?.trigger ?? { kind: 'orderStage' as const, stageId: '' };
  const window = campaign?.window ?? {
    from: '10:00',
    to: '19:00',
    days: [1, 2, 3, 4, 5],
    timeZone: browserTimeZone(),
  };
  const retry = campaign?.retryMinutes ?? { noAnswer: 60, busy: 15, failed: 30 };
  const form = fb.group({
    name: fb.control(campaign?.name ?? '', [Validators.required, Validators.maxLength(CAMPAIGN_NAME_MAX)]),
    surveyId: fb.control(campaign?.surveyId ?? '', Validators.required),
    trigger: fb.group({
      kind: fb.control<TriggerKind>(trigger.kind),
      stageId: fb.control<string | null>(
        trigger.kind === 'orderStage' ? trigger.stageId : null,
        stageWhenTriggered,
      ),
    }),
    delayMinutes: fb.control<number | null>(campaign?.delayMinutes ?? 60, wholeNumberIn(LIMITS.delayMinutes)),
    window: fb.group({
      from: fb.control(window.from, Validators.required),
      to: fb.control(window.to, [Validators.required, closesAfterOpening]),
      days: fb.control<number[]>([...window.days], someDay),
      timeZone: fb.control(window.timeZone, Validators.required),
    }),
    maxAttempts: fb.control<number | null>(campaign?.maxAttempts ?? 3, wholeNumberIn(LIMITS.maxAttempts)),
    retryMinutes: fb.group({
      noAnswer: fb.control<number | null>(retry.noAnswer, wholeNumberIn(LIMITS.retryMinutes)),
      busy: fb.control<number | null>(retry.busy, wholeNumberIn(LIMITS.retryMinutes)),
      failed: fb.control<number | null>(retry.failed, wholeNumberIn(LIMITS.retryMinutes)),
    }),
    maxConcurrentCalls: fb.control<number | null>(
      campaign?.maxConcurrentCalls ?? 2,
      wholeNumberIn(LIMITS.maxConcurrentCalls),
    ),
    consentRequired: fb.control(campaign?.consentRequired ?? false),
    doNotCall: fb.control<string[]>([...(campaign?.doNotCall ?? [])], allE164),
  });
  // These read a control beside them, which they could not see before the group held them.
  form.controls.trigger.controls.stageId.updateValueAndValidity({ emitEvent: false });
  form.controls.window.controls.to.updateValueAndValidity({ emitEvent: false });
  return form;
}

/** Re-checks the fields whose rules depend on another one, after that one changed. */
export function recheckDependents(form: CampaignForm): void {
  form.controls.trigger.controls.stageId.updateValueAndValidity();
  form.controls.window.controls.to.updateValueAndValidity();
}

const whole = (value: number | null): number => value ?? 0;

/** The request the form stands for; only call it on a valid form. */
export function toCampaignRequest(form: CampaignForm): SaveCampaignRequest {
  const value = form.getRawValue();
  const trigger: CampaignTrigger =
    value.trigger.kind === 'orderStage'
      ? { kind: 'orderStage', stageId: value.trigger.stageId ?? '' }
      : { kind: value.trigger.kind };
  return {
    name: value.name.trim(),
    surveyId: value.surveyId,
    trigger,
    delayMinutes: whole(value.delayMinutes),
    window: { ...value.window, days: [...value.window.days].sort((a, b) => a - b) },
    maxAttempts: whole(value.maxAttempts),
    retryMinutes: {
      noAnswer: whole(value.retryMinutes.noAnswer),
      busy: whole(value.retryMinutes.busy),
      failed: whole(value.retryMinutes.failed),
    },
    maxConcurrentCalls: whole(value.maxConcurrentCalls),
    consentRequired: value.consentRequired,
    doNotCall: value.doNotCall,
  };
}
