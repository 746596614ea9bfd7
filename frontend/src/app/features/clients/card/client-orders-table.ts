import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { OpenOrder } from '@switchboard/contracts';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';

/** The client's open and owed orders, one row each, so totals, payments and debts line up. */
@Component({
  selector: 'sb-client-orders-table',
  imports: [LocalDatePipe, MoneyPipe, RouterLink, TranslocoPipe],
  template: `
    @if (orders().length) {
      <table class="orders" data-testid="client-orders">
        <thead>
          <tr>
            <th>{{ 'orders.number' | transloco }}</th>
            <th>{{ 'orders.createdAt' | transloco }}</th>
            <th>{{ 'orders.stage' | transloco }}</th>
            <th class="amount">{{ 'orders.total' | transloco }}</th>
            <th class="amount">{{ 'orders.paid' | transloco }}</th>
            <th class="amount">{{ 'orders.debt' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (order of orders(); track order.id) {
            <tr data-testid="client-order">
              <td>
                <a [routerLink]="['/orders', order.id]">{{ order.number }}</a>
              </td>
              <td>{{ order.createdAt | localDate: 'shortDate' }}</td>
              <td>{{ order.stageName }}</td>
              <td class="amount">{{ order.total | money: order.currency }}</td>
              <td class="amount">{{ order.paid | money: order.currency }}</td>
              <td class="amount" [class.owing]="order.debt !== '0.00'">
                {{ order.debt | money: order.currency }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="muted">{{ 'clients.card.noOrders' | transloco }}</p>
    }
  `,
  styles: `
    .orders {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 6px 12px 6px 0;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .amount {
      text-align: right;
      white-space: nowrap;
    }
    .owing {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientOrdersTable {
  readonly orders = input.required<OpenOrder[]>();
}
