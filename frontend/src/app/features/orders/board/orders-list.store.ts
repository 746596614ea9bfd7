import { Injectable, inject, signal } from '@angular/core';
import { OrderSummary } from '@switchboard/contracts';

import { PagedList } from '../../../shared/lists/paged-list';
import { OrdersApiService } from '../orders-api.service';
import { BoardFilter } from './orders-board.store';

/** The orders as a paged table with the board's filters plus a stage. */
@Injectable()
export class OrdersListStore {
  private readonly api = inject(OrdersApiService);
  private readonly filter = signal<BoardFilter>({});

  readonly stage = signal<string | null>(null);
  readonly results = new PagedList<OrderSummary>((page) =>
    this.api.list({ ...this.filter(), stage: this.stage() ?? undefined, ...page }),
  );

  /** Loads the current page under the board's filters. */
  load(filter: BoardFilter): void {
    this.filter.set(filter);
    this.results.load();
  }

  setStage(stage: string | null): void {
    this.stage.set(stage);
    this.results.restart();
  }
}
