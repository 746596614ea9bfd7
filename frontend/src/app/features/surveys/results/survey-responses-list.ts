import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SurveyAnswer, SurveyResponseRow } from '@switchboard/contracts';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { answerText } from '../shared/answer-values';
import { SurveyResultsStore } from './survey-results.store';

/** The calls behind one bar: who answered that value, when, to which agent and order; paged. */
@Component({
  selector: 'sb-survey-responses-list',
  imports: [
    ListPaginator,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './survey-responses-list.html',
  styleUrl: './survey-responses-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyResponsesList {
  protected readonly store = inject(SurveyResultsStore);
  private readonly transloco = inject(TranslocoService);
  protected readonly columns = ['calledAt', 'client', 'order', 'agent', 'campaign', 'answers'];
  protected readonly trackById = (_: number, row: SurveyResponseRow) => row.attemptId;

  /** The question and value the list is about, in words. */
  protected readonly filter = computed(() => {
    const drillDown = this.store.drillDown();
    if (!drillDown) return null;
    const question = this.store.results()?.questions.find((item) => item.questionId === drillDown.questionId);
    const kind = this.store.kinds().get(drillDown.questionId) ?? null;
    return {
      question: question?.question ?? '',
      value: answerText(kind, drillDown.value, (key) => this.transloco.translate(key)),
    };
  });

  protected answer(answer: SurveyAnswer): string {
    const kind = this.store.kinds().get(answer.questionId) ?? null;
    return answerText(kind, answer.value, (key) => this.transloco.translate(key));
  }
}
