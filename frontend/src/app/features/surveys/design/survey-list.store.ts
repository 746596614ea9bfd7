import { Injectable, computed, inject, signal } from '@angular/core';
import { SurveySummary } from '@switchboard/contracts';
import { Subscription, firstValueFrom } from 'rxjs';

import { SaveResult } from '../../../core/http/save-result';
import { surveysFailureKey } from '../shared/survey-errors';
import { SurveysApiService } from '../surveys-api.service';

/** The admin's list of surveys, and deleting one (refused while a campaign calls it). */
@Injectable()
export class SurveyListStore {
  private readonly api = inject(SurveysApiService);
  private request: Subscription | null = null;

  readonly surveys = signal<SurveySummary[]>([]);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && this.errorKey() === null && this.surveys().length === 0);

  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.api.surveys().subscribe({
      next: (surveys) => {
        this.surveys.set([...surveys].sort((a, b) => a.name.localeCompare(b.name)));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.errorKey.set(surveysFailureKey(error));
        this.loading.set(false);
      },
    });
  }

  async remove(survey: SurveySummary): Promise<SaveResult<void>> {
    try {
      await firstValueFrom(this.api.deleteSurvey(survey.id), { defaultValue: undefined });
      this.surveys.update((surveys) => surveys.filter((item) => item.id !== survey.id));
      return { ok: true, value: undefined };
    } catch (error: unknown) {
      return { ok: false, fieldErrors: {}, messageKey: surveysFailureKey(error) };
    }
  }
}
