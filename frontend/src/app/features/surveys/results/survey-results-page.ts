import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { fromIsoDate, toIsoDate } from '../../../core/i18n/iso-date';
import { LanguageService } from '../../../core/i18n/language.service';
import { LocalNumberPipe, LocalPercentPipe } from '../shared/local-number.pipe';
import { surveysFailureKey } from '../shared/survey-errors';
import { CsatTable } from './csat-table';
import { QuestionResultCard } from './question-result-card';
import { questionView } from './results-charts';
import { DrillDown, SurveyResultsStore } from './survey-results.store';
import { SurveyResponsesList } from './survey-responses-list';

/** Reports → Surveys: how a survey was answered in a period, per question and by agent, manager and category. */
@Component({
  selector: 'sb-survey-results-page',
  imports: [
    CsatTable,
    LocalNumberPipe,
    LocalPercentPipe,
    QuestionResultCard,
    ReactiveFormsModule,
    SurveyResponsesList,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  providers: [SurveyResultsStore],
  templateUrl: './survey-results-page.html',
  styleUrl: './survey-results-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyResultsPage implements OnInit {
  protected readonly store = inject(SurveyResultsStore);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly periodForm = this.fb.group({
    from: this.fb.control<Date | null>(fromIsoDate(this.store.period().from)),
    to: this.fb.control<Date | null>(fromIsoDate(this.store.period().to)),
  });

  protected readonly questions = computed(() => {
    const results = this.store.results();
    const kinds = this.store.kinds();
    const locale = this.language();
    const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    const words = {
      translate: (key: string) => this.transloco.translate(key),
      day: (isoDay: string) => {
        const date = fromIsoDate(isoDay);
        return date ? days.format(date) : isoDay;
      },
    };
    return (results?.questions ?? []).map((question) =>
      questionView(question, kinds.get(question.questionId) ?? null, words),
    );
  });

  ngOnInit(): void {
    void this.store.loadSurveys();
  }

  /** A period takes effect once both ends are days and the first is not after the last. */
  protected periodChanged(): void {
    const from = toIsoDate(this.periodForm.controls.from.value);
    const to = toIsoDate(this.periodForm.controls.to.value);
    if (from && to && from <= to) this.store.setPeriod({ from, to });
  }

  protected openDrillDown(drillDown: DrillDown): void {
    this.store.openDrillDown(drillDown);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector('[data-testid="survey-responses"]')
          ?.scrollIntoView?.({ block: 'start' }),
      { injector: this.injector },
    );
  }

  protected async export(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      await this.store.export(format);
    } catch (error: unknown) {
      this.snackBar.open(this.transloco.translate(surveysFailureKey(error)), undefined, { duration: 5000 });
    }
  }
}
