import { Injectable, inject, signal } from '@angular/core';
import { OrderSummary } from '@switchboard/contracts';
import { Subscription } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { OrdersApiService } from '../orders-api.service';
import { BoardFilter } from './orders-board.store';

/** The orders as a paged table with the board's filters plus a stage. */
@Injectable()
export class OrdersListStore {
  private readonly api = inject(OrdersApiService);
  private request: Subscription | null = null;

  readonly orders = signal<OrderSummary[]>([]);
  readonly total = signal(0);
  readonly pageIndex = signal(0);
  readonly pageSize = signal(20);
  readonly stage = signal<string | null>(null);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);

  load(filter: BoardFilter): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.api
      .list({
        ...filter,
        stage: this.stage() ?? undefined,
        page: this.pageIndex() + 1,
        pageSize: this.pageSize(),
      })
      .subscribe({
        next: (page) => {
          this.orders.set(page.items);
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
