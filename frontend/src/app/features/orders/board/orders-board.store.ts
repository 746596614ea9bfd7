import { Injectable, computed, inject, signal } from '@angular/core';
import { Currency, OrderListQuery, OrderStage, OrderSummary } from '@switchboard/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { OrdersApiService } from '../orders-api.service';

export const COLUMN_SIZE = 30;

export interface BoardColumn {
  stage: OrderStage;
  count: number;
  total: string;
  currency: Currency;
  orders: OrderSummary[];
}

export type BoardFilter = Omit<OrderListQuery, 'stage' | 'page' | 'pageSize'>;

/** The funnel as a board: one column per stage with its latest orders; moving a card moves the order. */
@Injectable()
export class OrdersBoardStore {
  private readonly api = inject(OrdersApiService);

  readonly columns = signal<BoardColumn[]>([]);
  readonly filter = signal<BoardFilter>({});
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(
    () => !this.loading() && this.columns().every((column) => column.orders.length === 0),
  );

  setFilter(filter: BoardFilter): void {
    this.filter.set(filter);
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.errorKey.set(null);
    try {
      const funnel = await firstValueFrom(this.api.funnel());
      const pages = await firstValueFrom(
        forkJoin(
          funnel.map(({ stage }) =>
            this.api.list({ ...this.filter(), stage: stage.id, pageSize: COLUMN_SIZE }),
          ),
        ),
      );
      this.columns.set(
        funnel.map((column, index) => ({ ...column, count: pages[index].total, orders: pages[index].items })),
      );
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loading.set(false);
    }
  }

  /** Moves the card at once and the order on the server; puts the card back when the server refuses. */
  async move(order: OrderSummary, toStageId: string): Promise<boolean> {
    if (order.stageId === toStageId) {
      return true;
    }
    const before = this.columns();
    this.columns.set(moveCard(before, order, toStageId));
    try {
      await firstValueFrom(this.api.move(order.id, toStageId));
      return true;
    } catch (error) {
      this.columns.set(before);
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
      return false;
    }
  }
}

/** The board with `order` taken from its column and put on top of the column of `toStageId`. */
export function moveCard(columns: BoardColumn[], order: OrderSummary, toStageId: string): BoardColumn[] {
  return columns.map((column) => {
    if (column.stage.id === order.stageId) {
      return {
        ...column,
        count: column.count - 1,
        total: addAmount(column.total, order.total, -1),
        orders: column.orders.filter((card) => card.id !== order.id),
      };
    }
    if (column.stage.id === toStageId) {
      return {
        ...column,
        count: column.count + 1,
        total: addAmount(column.total, order.total, 1),
        orders: [{ ...order, stageId: toStageId }, ...column.orders],
      };
    }
    return column;
  });
}

/** `total` plus (or minus) `amount`, both two-decimal strings, summed in cents to avoid float drift. */
export function addAmount(total: string, amount: string, sign: 1 | -1): string {
  const cents = Math.round(Number(total) * 100) + sign * Math.round(Number(amount) * 100);
  return (cents / 100).toFixed(2);
}
