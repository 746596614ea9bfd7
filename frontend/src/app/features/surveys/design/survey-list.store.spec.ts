import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aSurveySummary } from '../../../testing/survey-fixtures';
import { SurveyListStore } from './survey-list.store';

describe('SurveyListStore', () => {
  let store: SurveyListStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), SurveyListStore],
    });
    store = TestBed.inject(SurveyListStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the surveys by name, showing the empty state only once answered with none', () => {
    store.load();
    expect(store.loading()).toBe(true);
    expect(store.empty()).toBe(false);
    http.expectOne('/api/surveys').flush([]);
    expect(store.empty()).toBe(true);

    store.load();
    http
      .expectOne('/api/surveys')
      .flush([
        aSurveySummary({ id: 's-2', name: 'NPS' }),
        aSurveySummary({ id: 's-1', name: 'After delivery' }),
      ]);
    expect(store.surveys().map((survey) => survey.name)).toEqual(['After delivery', 'NPS']);
    expect(store.loading()).toBe(false);
  });

  it('shows a failed load as an error, not as an empty list', () => {
    store.load();
    http
      .expectOne('/api/surveys')
      .flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    expect(store.errorKey()).toBe('errors.forbidden');
    expect(store.empty()).toBe(false);
  });

  it('deletes a survey and drops it from the list', async () => {
    store.load();
    http.expectOne('/api/surveys').flush([aSurveySummary()]);
    const removed = store.remove(aSurveySummary());
    http
      .expectOne({ method: 'DELETE', url: '/api/surveys/s-1' })
      .flush(null, { status: 204, statusText: 'No' });
    expect(await removed).toEqual({ ok: true, value: undefined });
    expect(store.surveys()).toEqual([]);
  });

  it('says why a survey a campaign still uses cannot be deleted, and keeps it', async () => {
    store.load();
    http.expectOne('/api/surveys').flush([aSurveySummary()]);
    const removed = store.remove(aSurveySummary());
    http
      .expectOne({ method: 'DELETE', url: '/api/surveys/s-1' })
      .flush({ code: 'SURVEY_IN_USE', message: 'in use' }, { status: 409, statusText: 'Conflict' });
    expect(await removed).toEqual({ ok: false, fieldErrors: {}, messageKey: 'surveys.errors.inUse' });
    expect(store.surveys()).toHaveLength(1);
  });
});
