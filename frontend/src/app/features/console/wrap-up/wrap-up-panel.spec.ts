import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Language } from '@switchboard/contracts';

import uk from '../../../../../public/i18n/uk.json';
import { CallEventsStore, PendingWrapUp } from '../../../core/calls/call-events.store';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { provideTestDates } from '../../../testing/dates';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { WrapUpPanel } from './wrap-up-panel';

describe('WrapUpPanel follow-up', () => {
  let fixture: ComponentFixture<WrapUpPanel>;
  let http: HttpTestingController;
  const language = signal<Language>('uk');

  const click = async (testId: string) => {
    byTestId(fixture, testId)?.click();
    await settle(fixture);
  };
  /** Fills a follow-up due on the typed day and time, saves, and gives back what the API got. */
  const saveFollowUp = async (day: string, time: string) => {
    await click('wrap-up-code');
    (document.querySelector('[data-testid="wrap-up-code-sale"]') as HTMLElement).click();
    await settle(fixture);
    byTestId(fixture, 'wrap-up-follow-up')?.querySelector('input')?.click();
    await settle(fixture);
    typeInto(fixture, 'wrap-up-follow-up-title', 'Call back');
    typeInto(fixture, 'wrap-up-follow-up-due', day);
    typeInto(fixture, 'wrap-up-follow-up-due-time', time);
    await click('wrap-up-save');
    const request = http.expectOne('/api/calls/call-1/wrap-up');
    request.flush({});
    await settle(fixture);
    return request.request.body;
  };

  beforeEach(async () => {
    language.set('uk');
    const pending: PendingWrapUp = { callId: 'call-1', entry: null, endedAt: null };
    TestBed.configureTestingModule({
      imports: [
        WrapUpPanel,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestDates(language),
        {
          provide: CallEventsStore,
          useValue: { wrapUp: signal(pending), presence: signal(null), closeWrapUp: () => undefined },
        },
        {
          provide: ConsoleSettingsStore,
          useValue: {
            settings: signal({ dispositionCodes: [{ code: 'sale', label: 'Продаж' }], wrapUpSeconds: null }),
            ensureLoaded: () => Promise.resolve(),
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WrapUpPanel);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('sends the follow-up due on a Ukrainian day at a 24-hour time', async () => {
    const request = await saveFollowUp('02.12.2026', '09:15');
    expect(request.followUp).toEqual({
      title: 'Call back',
      dueAt: new Date(2026, 11, 2, 9, 15).toISOString(),
    });
  });

  it('sends the follow-up due on an English day and time', async () => {
    language.set('en');
    TestBed.tick();
    const request = await saveFollowUp('12/2/2026', '9:15 AM');
    expect(request.followUp.dueAt).toBe(new Date(2026, 11, 2, 9, 15).toISOString());
  });
});
