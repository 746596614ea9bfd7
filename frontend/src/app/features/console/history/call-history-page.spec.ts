import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Language } from '@switchboard/contracts';

import uk from '../../../../../public/i18n/uk.json';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { provideTestDates } from '../../../testing/dates';
import { settle, typeInto } from '../../../testing/dom';
import { CallHistoryPage } from './call-history-page';
import { CallHistoryStore } from './call-history.store';

const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 20 };
const FILTER_DEBOUNCE_PASSED_MS = 250;

describe('CallHistoryPage date filters', () => {
  let fixture: ComponentFixture<CallHistoryPage>;
  let http: HttpTestingController;
  const language = signal<Language>('uk');

  /** The list request made once the typed filters settle. */
  const listAfterFiltering = async (): Promise<TestRequest> => {
    await new Promise((resolve) => setTimeout(resolve, FILTER_DEBOUNCE_PASSED_MS));
    const requests = http.match((request) => request.url === '/api/calls');
    requests.forEach((request) => request.cancelled || request.flush(EMPTY_PAGE));
    await settle(fixture);
    return requests[requests.length - 1];
  };

  beforeEach(async () => {
    language.set('uk');
    TestBed.configureTestingModule({
      imports: [
        CallHistoryPage,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [
        CallHistoryStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestDates(language),
        { provide: RealtimeService, useValue: { tell: () => undefined } },
        { provide: CallEventsStore, useValue: { revision: signal(0) } },
        {
          provide: ConsoleSettingsStore,
          useValue: { settings: signal(null), ensureLoaded: () => Promise.resolve() },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CallHistoryPage);
    await settle(fixture);
    http.match((request) => request.url === '/api/calls').forEach((request) => request.flush(EMPTY_PAGE));
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('reads Ukrainian days and asks from the start of the first to the end of the last', async () => {
    typeInto(fixture, 'call-filter-from', '02.12.2026');
    typeInto(fixture, 'call-filter-to', '03.12.2026');
    const params = (await listAfterFiltering()).request.params;
    expect(params.get('from')).toBe(new Date(2026, 11, 2).toISOString());
    expect(params.get('to')).toBe(new Date(2026, 11, 4).toISOString());
  });

  it('reads English days', async () => {
    language.set('en');
    TestBed.tick();
    typeInto(fixture, 'call-filter-from', '12/2/2026');
    const params = (await listAfterFiltering()).request.params;
    expect(params.get('from')).toBe(new Date(2026, 11, 2).toISOString());
    expect(params.has('to')).toBe(false);
  });
});
