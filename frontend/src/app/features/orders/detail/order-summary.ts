import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Order } from '@switchboard/contracts';

import { MoneyPipe } from '../../../core/i18n/money.pipe';

/** The order's money as label/value pairs, each label above its value so they never run together. */
@Component({
  selector: 'sb-order-summary',
  imports: [MoneyPipe, TranslocoPipe],
  template: `
    @let o = order();
    <dl class="summary">
      <div class="pair">
        <dt>{{ 'orders.total' | transloco }}</dt>
        <dd>
          <strong data-testid="order-total">{{ o.total | money: o.currency }}</strong>
        </dd>
      </div>
      <div class="pair">
        <dt>{{ 'orders.vat' | transloco }}</dt>
        <dd data-testid="order-vat">{{ o.vat | money: o.currency }}</dd>
      </div>
      <div class="pair">
        <dt>{{ 'orders.paid' | transloco }}</dt>
        <dd data-testid="order-paid">{{ o.paid | money: o.currency }}</dd>
      </div>
      <div class="pair" [class.owing]="o.debt !== '0.00'">
        <dt>{{ 'orders.debt' | transloco }}</dt>
        <dd data-testid="order-debt">{{ o.debt | money: o.currency }}</dd>
      </div>
      @if (o.overdue !== '0.00') {
        <div class="pair owing">
          <dt>{{ 'orders.overdue' | transloco }}</dt>
          <dd data-testid="order-overdue">{{ o.overdue | money: o.currency }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 24px;
      margin: 16px 0;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .pair {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    dd {
      margin: 0;
    }
    .owing {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderSummaryBar {
  readonly order = input.required<Order>();
}
