import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SurveyResultsChangedPayload } from '@switchboard/contracts';

import { RealtimeService } from '../../../core/realtime/realtime.service';
import { aResponseRow, aSurvey, aSurveySummary, someResults } from '../../../testing/survey-fixtures';
import { REFRESH_DEBOUNCE_MS, SurveyResultsStore, lastDays } from './survey-results.store';

describe('lastDays', () => {
  it('ends today and counts today among the days', () => {
    expect(lastDays(30, new Date(2026, 2, 15))).toEqual({ from: '2026-02-14', to: '2026-03-15' });
    expect(lastDays(1, new Date(2026, 0, 1))).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });
});

describe('SurveyResultsStore', () => {
  let store: SurveyResultsStore;
  let http: HttpTestingController;
  let changed: ((payload: SurveyResultsChangedPayload) => void) | null;
  let stopped: boolean;
  const isResults = (request: { url: string }) => request.url === '/api/surveys/s-1/results';
  const isResponses = (request: { url: string }) => request.url === '/api/surveys/s-1/responses';

  beforeEach(() => {
    changed = null;
    stopped = false;
    const realtime = {
      on: (event: string, handler: (payload: SurveyResultsChangedPayload) => void) => {
        if (event === 'survey.resultsChanged') changed = handler;
        return () => (stopped = true);
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        SurveyResultsStore,
        { provide: RealtimeService, useValue: realtime },
      ],
    });
    store = TestBed.inject(SurveyResultsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function showFirstSurvey(): Promise<TestRequest> {
    store.period.set({ from: '2026-11-01', to: '2026-11-30' });
    const loading = store.loadSurveys();
    http.expectOne('/api/surveys').flush([aSurveySummary({ id: 's-2', name: 'NPS' }), aSurveySummary()]);
    await loading;
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    return http.expectOne(isResults);
  }

  it('shows the first survey by name, with the kinds of its questions and its results for the period', async () => {
    const results = await showFirstSurvey();
    expect(store.surveyId()).toBe('s-1');
    expect(results.request.params.get('from')).toBe('2026-11-01');
    expect(results.request.params.get('to')).toBe('2026-11-30');
    expect(store.loading()).toBe(true);
    results.flush(someResults());
    expect(store.results()).toEqual(someResults());
    expect(store.loading()).toBe(false);
    expect(store.kinds().get('q-2')).toBe('yesNo');
  });

  it('loads again for a new period, and not for the same one', async () => {
    (await showFirstSurvey()).flush(someResults());
    store.setPeriod({ from: '2026-11-01', to: '2026-11-30' });
    http.expectNone(isResults);
    store.setPeriod({ from: '2026-10-01', to: '2026-10-31' });
    const again = http.expectOne(isResults);
    expect(again.request.params.get('from')).toBe('2026-10-01');
    again.flush(someResults());
  });

  it('asks for the calls behind a bar with its question, value and period, paged from the first', async () => {
    (await showFirstSurvey()).flush(someResults());
    store.openDrillDown({ questionId: 'q-1', value: 2 });
    const page = http.expectOne(isResponses);
    expect(page.request.params.toString()).toBe(
      'from=2026-11-01&to=2026-11-30&questionId=q-1&value=2&page=1&pageSize=20',
    );
    page.flush({ items: [aResponseRow()], total: 41, page: 1, pageSize: 20 });
    expect(store.responses.items()).toEqual([aResponseRow()]);
    expect(store.responses.total()).toBe(41);

    store.responses.setPage(2, 20);
    expect(http.expectOne(isResponses).request.params.get('page')).toBe('3');
    store.closeDrillDown();
    expect(store.drillDown()).toBeNull();
  });

  it('reloads once, half a second after a burst of changes to the shown survey', async () => {
    (await showFirstSurvey()).flush(someResults());
    store.openDrillDown({ questionId: 'q-1', value: 2 });
    http.expectOne(isResponses).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    vi.useFakeTimers();
    try {
      changed?.({ surveyId: 's-1', campaignId: 'c-1' });
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS - 100);
      changed?.({ surveyId: 's-1', campaignId: 'c-2' });
      changed?.({ surveyId: 's-9', campaignId: 'c-3' });
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS - 1);
      http.expectNone(isResults);
      vi.advanceTimersByTime(1);
      http.expectOne(isResults).flush(someResults({ reached: 31 }));
      http.expectOne(isResponses).flush({ items: [aResponseRow()], total: 1, page: 1, pageSize: 20 });
      expect(store.results()?.reached).toBe(31);
      expect(store.responses.items()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores changes to another survey', async () => {
    (await showFirstSurvey()).flush(someResults());
    vi.useFakeTimers();
    try {
      changed?.({ surveyId: 's-2', campaignId: 'c-1' });
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS * 2);
      http.expectNone(isResults);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops listening when the page goes', async () => {
    (await showFirstSurvey()).flush(someResults());
    TestBed.resetTestingModule();
    expect(stopped).toBe(true);
  });

  it('shows a failed load as an error and keeps the period', async () => {
    (await showFirstSurvey()).flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'x' });
    expect(store.errorKey()).toBe('errors.forbidden');
    expect(store.results()).toBeNull();
    expect(store.period()).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});
