import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SurveyResultsChangedPayload } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { BarChart, BarChartData, BarHit } from '../../../shared/charts/bar-chart';
import { LineChart, LineChartData } from '../../../shared/charts/line-chart';
import { byTestId, settle } from '../../../testing/dom';
import { provideTestDates } from '../../../testing/dates';
import { aResponseRow, aSurvey, aSurveySummary, someResults } from '../../../testing/survey-fixtures';
import { QuestionResultCard } from './question-result-card';
import { REFRESH_DEBOUNCE_MS, lastDays } from './survey-results.store';
import { SurveyResultsPage } from './survey-results-page';

@Component({ selector: 'sb-bar-chart', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class FakeBarChart {
  readonly data = input.required<BarChartData>();
  readonly label = input.required<string>();
  readonly barClicked = output<BarHit>();
}

@Component({ selector: 'sb-line-chart', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class FakeLineChart {
  readonly data = input.required<LineChartData>();
  readonly label = input.required<string>();
}

describe('SurveyResultsPage', () => {
  let fixture: ComponentFixture<SurveyResultsPage>;
  let http: HttpTestingController;
  let changed: ((payload: SurveyResultsChangedPayload) => void) | null;
  const text = (testId: string) => byTestId(fixture, testId)?.textContent?.replace(/\s+/g, ' ').trim();
  const isResults = (request: { url: string }) => request.url === '/api/surveys/s-1/results';
  const isResponses = (request: { url: string }) => request.url === '/api/surveys/s-1/responses';
  const bars = () =>
    fixture.debugElement
      .queryAll(By.directive(FakeBarChart))
      .map((chart) => chart.componentInstance as FakeBarChart);
  const trends = () =>
    fixture.debugElement
      .queryAll(By.directive(FakeLineChart))
      .map((chart) => chart.componentInstance as FakeLineChart);

  beforeEach(async () => {
    changed = null;
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
        provideRouter([]),
        provideNoopAnimations(),
        provideTestDates(),
        {
          provide: RealtimeService,
          useValue: {
            on: (_: string, handler: (payload: SurveyResultsChangedPayload) => void) => {
              changed = handler;
              return () => (changed = null);
            },
          },
        },
      ],
    });
    TestBed.overrideComponent(QuestionResultCard, {
      remove: { imports: [BarChart, LineChart] },
      add: { imports: [FakeBarChart, FakeLineChart] },
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SurveyResultsPage);
    await settle(fixture);
    http.expectOne('/api/surveys').flush([aSurveySummary()]);
    await settle(fixture);
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    http.expectOne(isResults).flush(someResults());
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('shows the tiles, and per question its bars and its daily average', () => {
    expect(text('tile-attempted')).toContain('40');
    expect(text('tile-reached')).toContain('30');
    expect(text('tile-rate')).toContain('75%');
    const [scale, yesNo] = bars();
    expect(scale.data().labels).toEqual(['1', '2', '3', '4', '5']);
    expect(scale.data().series[0].data).toEqual([2, 4, 6, 8, 10]);
    expect(yesNo.data().labels).toEqual([en.surveys.answers.yes, en.surveys.answers.no]);
    expect(trends()).toHaveLength(1);
    expect(trends()[0].data().labels).toEqual(['Nov 1', 'Nov 2']);
    expect(trends()[0].data().series[0].data).toEqual([3.5, 4]);
    expect(text('question-average')).toBe('3.7');
  });

  it('lists CSAT by agent and by category as percentages, and says when a dimension has none', () => {
    expect(
      byTestId(fixture, 'csat-agent')?.querySelector('[data-testid="csat-value"]')?.textContent?.trim(),
    ).toBe('80%');
    expect(text('csat-manager')).toContain(en.surveys.results.noCsat);
    expect(text('csat-category')).toContain('Tea');
  });

  it('opens the calls behind a clicked bar, with links to the client and the order', async () => {
    bars()[0].barClicked.emit({ index: 1, series: 0 });
    await settle(fixture);
    const page = http.expectOne(isResponses);
    expect(page.request.params.get('questionId')).toBe('q-1');
    expect(page.request.params.get('value')).toBe('2');
    expect(page.request.params.get('from')).toBe(lastDays(30).from);
    page.flush({ items: [aResponseRow()], total: 1, page: 1, pageSize: 20 });
    await settle(fixture);
    expect(text('survey-responses-filter')).toBe('How was the delivery? — 2');
    expect(byTestId(fixture, 'response-client')?.getAttribute('href')).toBe('/clients/cl-1');
    expect(byTestId(fixture, 'response-order')?.getAttribute('href')).toBe('/orders/o-1');
    expect(text('response-row')).toContain(en.surveys.answers.yes);
  });

  it('opens the same list from the value buttons, for keyboards', async () => {
    byTestId(fixture, 'question-value-2')?.click();
    await settle(fixture);
    expect(http.expectOne(isResponses).request.params.get('value')).toBe('2');
  });

  it('refreshes half a second after the shown survey got answers', async () => {
    vi.useFakeTimers();
    try {
      changed?.({ surveyId: 's-1', campaignId: 'c-1' });
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS);
      http.expectOne(isResults).flush(someResults({ attempted: 41 }));
    } finally {
      // The render the flush scheduled runs on a timer too: let it run before the clock is real again.
      vi.runOnlyPendingTimers();
      vi.useRealTimers();
    }
    await settle(fixture);
    expect(text('tile-attempted')).toContain('41');
  });

  it('exports the shown period as CSV', async () => {
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      byTestId(fixture, 'results-export-csv')?.click();
      const { from, to } = lastDays(30);
      http
        .expectOne(`/api/surveys/s-1/results/export?format=csv&from=${from}&to=${to}`)
        .flush(new Blob(['a,b']));
      await settle(fixture);
      expect(click).toHaveBeenCalled();
    } finally {
      Object.assign(URL, original);
      click.mockRestore();
    }
  });
});
