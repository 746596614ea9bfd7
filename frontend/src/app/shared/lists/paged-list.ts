import { computed, signal } from '@angular/core';
import { Page } from '@switchboard/contracts';
import { Observable, Subscription } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../core/http/api-error';

export const DEFAULT_PAGE_SIZE = 20;

/** What the API is asked for: its pages count from 1. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * One page of a server-side list and the state around it, held in signals for a list store: the page the
 * paginator shows (from 0), the items, the total, progress and a failure's message. The store owns the
 * filters and builds the request in `fetch`; this class only pages and loads.
 */
export class PagedList<T> {
  readonly pageIndex = signal(0);
  readonly pageSize = signal(DEFAULT_PAGE_SIZE);
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  /** Set when a load fails; the last page that loaded stays on screen under it. */
  readonly errorKey = signal<string | null>(null);
  /** Nothing to show, once a request has answered: not while loading nor after a failure. */
  readonly empty = computed(() => !this.loading() && this.errorKey() === null && this.items().length === 0);
  private request: Subscription | null = null;

  constructor(private readonly fetch: (page: PageRequest) => Observable<Page<T>>) {}

  /** Loads the current page; a newer request cancels one still under way (search as you type). */
  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.fetch({ page: this.pageIndex() + 1, pageSize: this.pageSize() }).subscribe({
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

  /** Loads from the first page: the filter or the order changed, so the old page number means nothing. */
  restart(): void {
    this.pageIndex.set(0);
    this.load();
  }

  /** Loads the page the paginator chose. */
  setPage(pageIndex: number, pageSize: number): void {
    this.pageIndex.set(pageIndex);
    this.pageSize.set(pageSize);
    this.load();
  }
}
