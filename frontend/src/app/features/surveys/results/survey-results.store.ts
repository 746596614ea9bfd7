import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import {
  Survey,
  SurveyQuestionKind,
  SurveyResponseRow,
  SurveyResults,
  SurveySummary,
} from '@switchboard/contracts';
import { Subscription, firstValueFrom, of } from 'rxjs';

import { toIsoDate } from '../../../core/i18n/iso-date';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { PagedList } from '../../../shared/lists/paged-list';
import { surveysFailureKey } from '../shared/survey-errors';
import { ResultsPeriod, SurveysApiService } from '../surveys-api.service';

/** Answers arrive in bursts (one per key pressed): one reload after the burst, not one per answer. */
export const REFRESH_DEBOUNCE_MS = 500;
const DEFAULT_DAYS = 30;

/** The results behind one bar: a question and the value its clients chose. */
export interface DrillDown {
  questionId: string;
  value: number;
}

/** The last `days` days up to today, as the API takes them. */
export function lastDays(days: number, today = new Date()): ResultsPeriod {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: toIsoDate(from) ?? '', to: toIsoDate(today) ?? '' };
}

/**
 * Reports → Surveys: one survey's results in a period, the calls behind a bar, and a fresh reload shortly
 * after `survey.resultsChanged` says the shown survey got answers. Provide it in the page.
 */
@Injectable()
export class SurveyResultsStore {
  private readonly api = inject(SurveysApiService);
  private resultsRequest: Subscription | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  readonly surveys = signal<SurveySummary[]>([]);
  readonly surveysErrorKey = signal<string | null>(null);
  readonly surveyId = signal<string | null>(null);
  readonly period = signal<ResultsPeriod>(lastDays(DEFAULT_DAYS));
  /** The survey itself, for its questions' kinds (a yes/no bar reads "Yes", not 1). */
  readonly survey = signal<Survey | null>(null);
  readonly results = signal<SurveyResults | null>(null);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly kinds = computed(
    () =>
      new Map<string, SurveyQuestionKind>(
        (this.survey()?.questions ?? []).map((question) => [question.id, question.kind]),
      ),
  );

  readonly drillDown = signal<DrillDown | null>(null);
  readonly responses = new PagedList<SurveyResponseRow>((page) => {
    const surveyId = this.surveyId();
    const drillDown = this.drillDown();
    return surveyId && drillDown
      ? this.api.responses(surveyId, { ...this.period(), ...drillDown, ...page })
      : of({ items: [], total: 0, ...page });
  });

  constructor() {
    const stop = inject(RealtimeService).on('survey.resultsChanged', ({ surveyId }) => {
      if (surveyId === this.surveyId()) this.scheduleRefresh();
    });
    inject(DestroyRef).onDestroy(() => {
      stop();
      this.resultsRequest?.unsubscribe();
      if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    });
  }

  /** Loads the surveys to choose from and shows the first, unless one is shown already. */
  async loadSurveys(): Promise<void> {
    this.surveysErrorKey.set(null);
    try {
      const surveys = [...(await firstValueFrom(this.api.surveys()))].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      this.surveys.set(surveys);
      if (this.surveyId() === null && surveys.length > 0) this.select(surveys[0].id);
    } catch (error: unknown) {
      this.surveysErrorKey.set(surveysFailureKey(error));
    }
  }

  select(surveyId: string): void {
    this.surveyId.set(surveyId);
    this.survey.set(null);
    this.results.set(null);
    this.drillDown.set(null);
    this.api.survey(surveyId).subscribe({
      next: (survey) => {
        if (this.surveyId() === survey.id) this.survey.set(survey);
      },
      // Without it the bars show the values as numbers; the results still load.
      error: () => undefined,
    });
    this.loadResults();
  }

  setPeriod(period: ResultsPeriod): void {
    if (period.from === this.period().from && period.to === this.period().to) return;
    this.period.set(period);
    this.refresh();
  }

  /** Opens the calls behind one bar, from their first page. */
  openDrillDown(drillDown: DrillDown): void {
    this.drillDown.set(drillDown);
    this.responses.restart();
  }

  closeDrillDown(): void {
    this.drillDown.set(null);
  }

  /** Loads the results again, and the open drill-down's page with them. */
  refresh(): void {
    this.loadResults();
    if (this.drillDown()) this.responses.load();
  }

  export(format: 'csv' | 'xlsx'): Promise<void> {
    const surveyId = this.surveyId();
    return surveyId ? this.api.exportResults(surveyId, this.period(), format) : Promise.resolve();
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      this.refresh();
    }, REFRESH_DEBOUNCE_MS);
  }

  private loadResults(): void {
    const surveyId = this.surveyId();
    if (surveyId === null) return;
    this.resultsRequest?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.resultsRequest = this.api.results(surveyId, this.period()).subscribe({
      next: (results) => {
        this.results.set(results);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.errorKey.set(surveysFailureKey(error));
        this.loading.set(false);
      },
    });
  }
}
