import { Injectable, computed, inject, signal } from '@angular/core';
import { TeamTaskPeriod, TeamTaskSummary } from '@switchboard/contracts';
import { Subscription } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { TeamTasksApiService } from './team-tasks-api.service';

/** The team-tasks table for one period; switching the period reloads it. */
@Injectable()
export class TeamTasksStore {
  private readonly api = inject(TeamTasksApiService);
  private request: Subscription | null = null;

  readonly period = signal<TeamTaskPeriod>('today');
  readonly summary = signal<TeamTaskSummary | null>(null);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly rows = computed(() => this.summary()?.rows ?? []);
  readonly empty = computed(
    () => !this.loading() && this.errorKey() === null && this.summary() !== null && this.rows().length === 0,
  );

  setPeriod(period: TeamTaskPeriod): void {
    this.period.set(period);
    this.load();
  }

  /** Loads the current period; a newer request cancels one still under way, so a quick toggle shows the last. */
  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.api.summary(this.period()).subscribe({
      next: (summary) => {
        this.summary.set(summary);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.errorKey.set(failureMessageKey(toRequestFailure(error)));
        this.loading.set(false);
      },
    });
  }
}
