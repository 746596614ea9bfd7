import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CallDirection,
  CallDisposition,
  CallListQuery,
  CallRecord,
  MISSED_DISPOSITIONS,
} from '@switchboard/contracts';
import { Subscription } from 'rxjs';

import { CallsApiService } from '../../../core/calls/calls-api.service';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';

export interface CallHistoryFilter {
  direction?: CallDirection;
  /** One disposition, or every missed one. */
  disposition?: CallDisposition | 'missed';
  /** Calendar dates, `YYYY-MM-DD`, both ends included. */
  from?: string;
  to?: string;
}

export const isMissed = (call: CallRecord) =>
  call.disposition !== null && MISSED_DISPOSITIONS.includes(call.disposition);

/** The calendar day as the start of that day (from) or of the next day (to), in the agent's time zone. */
export function dayBounds(filter: CallHistoryFilter): Pick<CallListQuery, 'from' | 'to'> {
  const start = (day: string) => new Date(`${day}T00:00:00`);
  const next = (day: string) => {
    const date = start(day);
    date.setDate(date.getDate() + 1);
    return date;
  };
  return {
    from: filter.from ? start(filter.from).toISOString() : undefined,
    to: filter.to ? next(filter.to).toISOString() : undefined,
  };
}

/** The agent's own calls, newest first, with filters and paging. */
@Injectable()
export class CallHistoryStore {
  private readonly api = inject(CallsApiService);
  private request: Subscription | null = null;

  readonly filter = signal<CallHistoryFilter>({});
  readonly page = signal(1);
  readonly pageSize = signal(20);
  readonly items = signal<CallRecord[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && this.errorKey() === null && this.items().length === 0);

  setFilter(filter: CallHistoryFilter): void {
    this.filter.set(filter);
    this.page.set(1);
    this.load();
  }

  setPage(page: number, pageSize: number): void {
    this.page.set(page);
    this.pageSize.set(pageSize);
    this.load();
  }

  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    const { direction, disposition } = this.filter();
    const query: CallListQuery = {
      scope: 'mine',
      direction,
      ...(disposition === 'missed' ? { missed: true } : { disposition }),
      ...dayBounds(this.filter()),
      page: this.page(),
      pageSize: this.pageSize(),
    };
    this.request = this.api.list(query).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.total.set(page.total);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.errorKey.set(failureMessageKey(toRequestFailure(error)));
        this.loading.set(false);
      },
    });
  }
}
