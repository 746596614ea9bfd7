import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Debtor, DebtorsPage as DebtorsPageData } from '@switchboard/contracts';
import { tap } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PagedList } from '../../../shared/lists/paged-list';
import { PhoneLink } from '../../../shared/phone-link/phone-link';
import { OrdersApiService } from '../orders-api.service';

/** Clients who owe money, the largest overdue first, with the sums over every debtor and a CSV download. */
@Component({
  selector: 'sb-debtors-page',
  imports: [
    LocalDatePipe,
    MoneyPipe,
    PhoneLink,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    TranslocoPipe,
    ListPaginator,
  ],
  template: `
    <header class="header">
      <a mat-icon-button routerLink="/orders" [attr.aria-label]="'orders.back' | transloco"
        ><mat-icon>arrow_back</mat-icon></a
      >
      <h1>{{ 'orders.debtors.title' | transloco }}</h1>
      <span class="spacer"></span>
      <button
        mat-stroked-button
        type="button"
        data-testid="debtors-export"
        [disabled]="exporting()"
        (click)="export()"
      >
        <mat-icon>download</mat-icon> {{ 'orders.debtors.export' | transloco }}
      </button>
    </header>
    @let sums = totals();
    <table mat-table [dataSource]="results.items()">
      <ng-container matColumnDef="client"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.client' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">
          <a [routerLink]="['/clients', debtor.client.id]">{{ debtor.client.displayName }}</a>
        </td>
        <td mat-footer-cell *matFooterCellDef>{{ 'orders.debtors.total' | transloco }}</td></ng-container
      >
      <ng-container matColumnDef="phone"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.debtors.phone' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">
          @if (debtor.phone; as phone) {
            <sb-phone-link [number]="phone.number" [dial]="phone.e164" [clientId]="debtor.client.id" />
          }
        </td>
        <td mat-footer-cell *matFooterCellDef></td
      ></ng-container>
      <ng-container matColumnDef="debt"
        ><th mat-header-cell *matHeaderCellDef class="amount">{{ 'orders.debt' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor" class="amount">{{ debtor.debt | money: debtor.currency }}</td>
        <td mat-footer-cell *matFooterCellDef class="amount" data-testid="debtors-total-debt">
          {{ sums?.debt | money: sums?.currency ?? '' }}
        </td></ng-container
      >
      <ng-container matColumnDef="overdue"
        ><th mat-header-cell *matHeaderCellDef class="amount">{{ 'orders.overdue' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor" class="amount" [class.owing]="debtor.overdue !== '0.00'">
          {{ debtor.overdue | money: debtor.currency }}
        </td>
        <td mat-footer-cell *matFooterCellDef class="amount" data-testid="debtors-total-overdue">
          {{ sums?.overdue | money: sums?.currency ?? '' }}
        </td></ng-container
      >
      <ng-container matColumnDef="orders"
        ><th mat-header-cell *matHeaderCellDef class="amount">{{ 'orders.title' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor" class="amount">{{ debtor.orders }}</td>
        <td mat-footer-cell *matFooterCellDef class="amount" data-testid="debtors-total-orders">
          {{ sums?.orders }}
        </td></ng-container
      >
      <ng-container matColumnDef="lastPayment"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.debtors.lastPayment' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">
          @if (debtor.lastPayment; as payment) {
            {{ payment.amount | money: debtor.currency }} ·
            {{ payment.paidAt | localDate: 'shortDate' }}
          } @else {
            <span class="muted">{{ 'orders.debtors.neverPaid' | transloco }}</span>
          }
        </td>
        <td mat-footer-cell *matFooterCellDef></td
      ></ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let debtor; columns: columns" data-testid="debtor-row"></tr>
      <tr
        mat-footer-row
        *matFooterRowDef="columns"
        data-testid="debtors-total"
        [hidden]="results.items().length === 0"
      ></tr>
    </table>
    @if (results.empty()) {
      <p role="status">{{ 'orders.debtors.none' | transloco }}</p>
    }
    @if (results.errorKey() ?? exportErrorKey(); as error) {
      <p class="sb-form-error" role="alert">{{ error | transloco }}</p>
    }
    <sb-list-paginator [results]="results" [pageSizes]="[]" />
  `,
  styles: `
    .header {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .spacer {
      flex: 1;
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
    .mat-mdc-footer-cell {
      font-weight: 500;
    }
    /* Material styles rows with a display of their own, which would override the attribute. */
    tr[hidden] {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorsPage implements OnInit {
  private readonly api = inject(OrdersApiService);
  protected readonly columns = ['client', 'phone', 'debt', 'overdue', 'orders', 'lastPayment'];
  /** Sums over every debtor, not only the page on screen. */
  protected readonly totals = signal<DebtorsPageData['totals'] | null>(null);
  protected readonly exporting = signal(false);
  protected readonly exportErrorKey = signal<string | null>(null);
  protected readonly results = new PagedList<Debtor>(({ page, pageSize }) =>
    this.api.debtors(page, pageSize).pipe(tap((loaded) => this.totals.set(loaded.totals))),
  );

  ngOnInit(): void {
    this.results.load();
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    this.exportErrorKey.set(null);
    try {
      await this.api.exportDebtors();
    } catch (error) {
      this.exportErrorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.exporting.set(false);
    }
  }
}
