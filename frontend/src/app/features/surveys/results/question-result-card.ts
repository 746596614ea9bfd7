import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import { BarChart, BarHit } from '../../../shared/charts/bar-chart';
import { LineChart } from '../../../shared/charts/line-chart';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { QuestionView, drillDownAt } from './results-charts';
import { DrillDown } from './survey-results.store';

/** One question's results: answers per value (a bar opens the calls behind it) and the daily average. */
@Component({
  selector: 'sb-question-result-card',
  imports: [BarChart, LineChart, LocalNumberPipe, MatButtonModule, TranslocoPipe],
  template: `
    @let question = view();
    <article class="card" data-testid="question-result" [attr.data-question-id]="question.questionId">
      <h3 class="title">{{ question.question }}</h3>
      <p class="summary">
        <span
          >{{ 'surveys.results.average' | transloco }}:
          <strong data-testid="question-average">{{ question.average | localNumber: '1.1-1' }}</strong></span
        >
        <span
          >{{ 'surveys.results.answered' | transloco }}:
          <strong>{{ question.answered | localNumber }}</strong></span
        >
        <span
          >{{ 'surveys.results.skipped' | transloco }}:
          <strong>{{ question.skipped | localNumber }}</strong></span
        >
      </p>
      <div class="charts">
        <div class="chart-box">
          <h4>{{ 'surveys.results.distribution' | transloco }}</h4>
          <sb-bar-chart
            class="chart"
            data-testid="question-bars"
            [data]="question.bars"
            [label]="'surveys.results.distributionOf' | transloco: { question: question.question }"
            (barClicked)="barClicked($event)"
          />
          <div class="values" role="group" [attr.aria-label]="'surveys.results.drillDownHint' | transloco">
            @for (item of question.values; track item.value) {
              <button
                mat-stroked-button
                type="button"
                class="value"
                [attr.data-testid]="'question-value-' + item.value"
                [attr.aria-label]="
                  'surveys.results.openResponses' | transloco: { value: item.label, count: item.answers }
                "
                (click)="valueChosen.emit({ questionId: question.questionId, value: item.value })"
              >
                {{ item.label }} · {{ item.answers | localNumber }}
              </button>
            }
          </div>
        </div>
        <div class="chart-box">
          <h4>{{ 'surveys.results.trend' | transloco }}</h4>
          @if (question.trend.labels.length > 0) {
            <sb-line-chart
              class="chart"
              data-testid="question-trend"
              [data]="question.trend"
              [label]="'surveys.results.trendOf' | transloco: { question: question.question }"
            />
          } @else {
            <p class="muted">{{ 'surveys.results.noTrend' | transloco }}</p>
          }
        </div>
      </div>
    </article>
  `,
  styleUrl: './question-result-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionResultCard {
  readonly view = input.required<QuestionView>();
  readonly valueChosen = output<DrillDown>();

  protected barClicked(hit: BarHit): void {
    const drillDown = drillDownAt(this.view(), hit.index);
    if (drillDown) this.valueChosen.emit(drillDown);
  }
}
