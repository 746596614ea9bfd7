import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SurveyAnswer, SurveyResponse } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { toRequestFailure } from '../../../core/http/api-error';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { answerText } from '../shared/answer-values';
import { surveysFailureKey } from '../shared/survey-errors';
import { SurveysApiService } from '../surveys-api.service';

/**
 * "Survey answers" on the order page and the client card: each survey call that reached the client, newest
 * first. Nothing at all is shown while there are none, nor to a role the API does not show them to.
 */
@Component({
  selector: 'sb-survey-answers',
  imports: [LocalDatePipe, TranslocoPipe],
  template: `
    @if (responses().length > 0 || errorKey()) {
      <section class="survey-answers" data-testid="survey-answers">
        <h2 class="heading">{{ 'surveys.answers.title' | transloco }}</h2>
        @if (errorKey(); as error) {
          <p class="error" role="alert">{{ error | transloco }}</p>
        }
        <ul class="responses">
          @for (response of responses(); track response.attemptId) {
            <li data-testid="survey-answer">
              <div class="meta">
                <span data-testid="survey-answer-date">{{ response.calledAt | localDate: 'short' }}</span>
                · <span data-testid="survey-answer-campaign">{{ response.campaignName }}</span>
                <span class="muted">({{ response.surveyName }})</span>
              </div>
              <dl class="answers">
                @for (answer of response.answers; track answer.questionId) {
                  <dt>{{ answer.question }}</dt>
                  <dd data-testid="survey-answer-value">{{ valueOf(answer) }}</dd>
                }
              </dl>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .survey-answers {
      margin-top: 16px;
    }
    .heading {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .responses {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .responses li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .answers {
      display: grid;
      grid-template-columns: minmax(0, max-content) auto;
      gap: 2px 12px;
      margin: 4px 0 0;
    }
    .answers dd {
      margin: 0;
      font-weight: 500;
    }
    .muted,
    .answers dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyAnswers implements OnInit {
  /** Whose answers: an order's, or a client's. */
  readonly owner = input.required<'orders' | 'clients'>();
  readonly ownerId = input.required<string>();
  private readonly api = inject(SurveysApiService);
  private readonly transloco = inject(TranslocoService);
  protected readonly responses = signal<SurveyResponse[]>([]);
  protected readonly errorKey = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected valueOf(answer: SurveyAnswer): string {
    return answerText(answer.kind, answer.value, (key) => this.transloco.translate(key));
  }

  private async load(): Promise<void> {
    try {
      const responses = await firstValueFrom(this.api.responsesOf(this.owner(), this.ownerId()));
      this.responses.set([...responses].sort((a, b) => b.calledAt.localeCompare(a.calledAt)));
    } catch (error: unknown) {
      // A role that may not read survey answers simply has no section.
      if (toRequestFailure(error).status !== 403) this.errorKey.set(surveysFailureKey(error));
    }
  }
}
