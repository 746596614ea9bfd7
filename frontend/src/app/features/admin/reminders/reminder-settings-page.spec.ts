import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ReminderSettings } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { byTestId, fieldError, settle, typeInto } from '../../../testing/dom';
import { BEFORE_LOADING } from './reminder-settings-form';
import { ReminderSettingsPage } from './reminder-settings-page';

const STORED: ReminderSettings = {
  ...BEFORE_LOADING,
  window: { ...BEFORE_LOADING.window, timeZone: 'Europe/Kyiv' },
};

describe('ReminderSettingsPage', () => {
  let fixture: ComponentFixture<ReminderSettingsPage>;
  let http: HttpTestingController;

  async function click(target: HTMLElement | null | undefined): Promise<void> {
    target?.click();
    await settle(fixture);
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: LanguageService, useValue: { language: signal('en') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReminderSettingsPage);
    await settle(fixture);
    http.expectOne('/api/reminders/settings').flush(STORED);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('turns on instalment reminders and saves the whole settings with PUT', async () => {
    await click(byTestId(fixture, 'reminders-due-enabled')?.querySelector('input'));
    typeInto(fixture, 'reminders-days-before', '5');
    await click(byTestId(fixture, 'reminders-day-6')?.querySelector('button'));
    await click(byTestId(fixture, 'reminders-save'));
    const put = http.expectOne({ method: 'PUT', url: '/api/reminders/settings' });
    expect(put.request.body).toEqual({
      ...STORED,
      instalmentDue: { enabled: true, daysBefore: 5 },
      window: { ...STORED.window, days: [1, 2, 3, 4, 5, 6] },
    });
    put.flush({ ...STORED, instalmentDue: { enabled: true, daysBefore: 5 } });
    await settle(fixture);
    expect((byTestId(fixture, 'reminders-days-before') as HTMLInputElement).value).toBe('5');
  });

  it('does not send a number out of range, and shows the server’s refusal on the field it names', async () => {
    typeInto(fixture, 'reminders-max-attempts', '0');
    await click(byTestId(fixture, 'reminders-save'));
    expect(fieldError(byTestId(fixture, 'reminders-max-attempts'))).toBe(
      en.surveys.validation.numberRange.replace('{{ min }}', '1').replace('{{ max }}', '10'),
    );
    expect(byTestId(fixture, 'reminders-error')?.textContent?.trim()).toBe(en.reminders.fixErrors);
    http.expectNone({ method: 'PUT' });

    typeInto(fixture, 'reminders-max-attempts', '3');
    await click(byTestId(fixture, 'reminders-save'));
    http.expectOne({ method: 'PUT', url: '/api/reminders/settings' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'x',
        details: [{ field: 'operatorQueue', reason: 'bad', code: 'INVALID' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(fieldError(byTestId(fixture, 'reminders-queue'))).toBe(en.validation.server.INVALID);
  });
});
