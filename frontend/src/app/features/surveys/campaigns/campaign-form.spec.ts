import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';

import { aCampaign } from '../../../testing/survey-fixtures';
import { surveyFieldError } from '../shared/survey-field-error.pipe';
import {
  addPhones,
  campaignForm,
  normalizePhone,
  recheckDependents,
  toCampaignRequest,
} from './campaign-form';
import { OFFERED_TIME_ZONES, timeZoneChoices, weekdayNames } from './time-zones';

describe('the campaign form', () => {
  let fb: NonNullableFormBuilder;
  beforeEach(() => (fb = TestBed.inject(NonNullableFormBuilder)));
  const key = (errors: Parameters<typeof surveyFieldError>[0]) => surveyFieldError(errors)?.key ?? null;

  it('gives back the campaign it was filled with as the request', () => {
    const campaign = aCampaign({
      window: { from: '09:30', to: '18:00', days: [5, 1, 3], timeZone: 'Asia/Yerevan' },
    });
    expect(toCampaignRequest(campaignForm(fb, campaign))).toEqual({
      name: 'Delivered orders',
      surveyId: 's-1',
      trigger: { kind: 'orderStage', stageId: 'stage-paid' },
      delayMinutes: 120,
      window: { from: '09:30', to: '18:00', days: [1, 3, 5], timeZone: 'Asia/Yerevan' },
      maxAttempts: 3,
      retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
      maxConcurrentCalls: 2,
      consentRequired: true,
      doNotCall: ['+380501112233'],
    });
  });

  it('starts a new campaign on working days, in the browser’s zone, with a name and a survey still to give', () => {
    const form = campaignForm(fb, null);
    expect(form.controls.window.getRawValue()).toMatchObject({
      from: '10:00',
      to: '19:00',
      days: [1, 2, 3, 4, 5],
    });
    expect(form.controls.window.controls.timeZone.value).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone.replace('Europe/Kiev', 'Europe/Kyiv'),
    );
    expect(key(form.controls.name.errors)).toBe('validation.required');
    expect(key(form.controls.surveyId.errors)).toBe('validation.required');
    expect(key(form.controls.trigger.controls.stageId.errors)).toBe('surveys.validation.stageRequired');
  });

  it('needs a stage only for a stage trigger, and drops it from other triggers', () => {
    const form = campaignForm(fb, aCampaign({ trigger: { kind: 'orderStage', stageId: '' } }));
    expect(form.controls.trigger.invalid).toBe(true);
    form.controls.trigger.controls.kind.setValue('manual');
    recheckDependents(form);
    expect(form.controls.trigger.valid).toBe(true);
    expect(toCampaignRequest(form).trigger).toEqual({ kind: 'manual' });
  });

  it('wants the window to close after it opens, on at least one day', () => {
    const form = campaignForm(fb, aCampaign());
    const window = form.controls.window.controls;
    window.to.setValue('09:00');
    expect(key(window.to.errors)).toBe('surveys.validation.windowOrder');
    window.to.setValue('19:00');
    window.from.setValue('19:30');
    expect(window.to.valid).toBe(true);
    recheckDependents(form);
    expect(key(window.to.errors)).toBe('surveys.validation.windowOrder');
    window.days.setValue([]);
    expect(key(window.days.errors)).toBe('surveys.validation.noDays');
  });

  it('keeps the numbers whole and within their limits', () => {
    const form = campaignForm(fb, aCampaign());
    const cases: [keyof typeof form.controls | 'retryMinutes.busy', number | null, boolean][] = [
      ['delayMinutes', 0, true],
      ['delayMinutes', -1, false],
      ['maxAttempts', 0, false],
      ['maxAttempts', 10, true],
      ['maxAttempts', 2.5, false],
      ['maxConcurrentCalls', null, false],
      ['retryMinutes.busy', 0, false],
      ['retryMinutes.busy', 10_080, true],
    ];
    for (const [path, value, valid] of cases) {
      const control = form.get(path);
      control?.setValue(value);
      expect({ path, value, valid: control?.valid }).toEqual({ path, value, valid });
    }
    form.controls.maxAttempts.setValue(11);
    expect(surveyFieldError(form.controls.maxAttempts.errors)).toEqual({
      key: 'surveys.validation.numberRange',
      params: { min: 1, max: 10 },
    });
  });

  it('takes do-not-call numbers typed or pasted in any spacing, once each, and names the malformed ones', () => {
    expect(normalizePhone(' +380 (50) 111-22-33 ')).toBe('+380501112233');
    expect(normalizePhone('00380501112233')).toBe('+380501112233');
    expect(addPhones(['+380501112233'], '+380 50 111 22 33, +374 10 123456;\n0501112233')).toEqual([
      '+380501112233',
      '+37410123456',
      '0501112233',
    ]);
    const form = campaignForm(fb, aCampaign());
    form.controls.doNotCall.setValue(['+380501112233', '0501112233']);
    expect(surveyFieldError(form.controls.doNotCall.errors)).toEqual({
      key: 'surveys.validation.phoneFormat',
      params: { numbers: '0501112233' },
    });
  });
});

describe('time zones and weekdays', () => {
  it('offers the usual zones, then the browser’s and the campaign’s own, each once', () => {
    expect(timeZoneChoices('Europe/Kyiv', null)).toEqual([...OFFERED_TIME_ZONES]);
    expect(timeZoneChoices('America/Toronto', 'Asia/Tbilisi')).toEqual([
      ...OFFERED_TIME_ZONES,
      'America/Toronto',
      'Asia/Tbilisi',
    ]);
  });

  it('names the weekdays Monday first in the interface language', () => {
    expect(weekdayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('uk')[0]).toMatch(/^пн/i);
  });
});
