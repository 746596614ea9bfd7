import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Debtor } from '@switchboard/contracts';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PagedList } from '../../../shared/lists/paged-list';
import { OrdersApiService } from '../orders-api.service';

/** Clients who owe money, the largest overdue first. */
@Component({
  selector: 'sb-debtors-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatTableModule, TranslocoPipe, ListPaginator],
  template: `
    <header class="header">
      <a mat-icon-button routerLink="/orders" [attr.aria-label]="'orders.back' | transloco"
        ><mat-icon>arrow_back</mat-icon></a
      >
      <h1>{{ 'orders.debtors.title' | transloco }}</h1>
    </header>
    <table mat-table [dataSource]="results.items()">
      <ng-container matColumnDef="client"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.client' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">
          <a [routerLink]="['/clients', debtor.client.id]">{{ debtor.client.displayName }}</a>
        </td></ng-container
      >
      <ng-container matColumnDef="debt"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.debt' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">{{ debtor.debt }} {{ debtor.currency }}</td></ng-container
      >
      <ng-container matColumnDef="overdue"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.overdue' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">{{ debtor.overdue }}</td></ng-container
      >
      <ng-container matColumnDef="orders"
        ><th mat-header-cell *matHeaderCellDef>{{ 'orders.title' | transloco }}</th>
        <td mat-cell *matCellDef="let debtor">{{ debtor.orders }}</td></ng-container
      >
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let debtor; columns: columns" data-testid="debtor-row"></tr>
    </table>
    @if (results.empty()) {
      <p role="status">{{ 'orders.debtors.none' | transloco }}</p>
    }
    @if (results.errorKey(); as error) {
      <p class="sb-form-error" role="alert">{{ error | transloco }}</p>
    }
    <sb-list-paginator [results]="results" [pageSizes]="[]" />
  `,
  styles: '.header { display: flex; align-items: center; gap: 8px; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorsPage implements OnInit {
  private readonly api = inject(OrdersApiService);
  protected readonly columns = ['client', 'debt', 'overdue', 'orders'];
  protected readonly results = new PagedList<Debtor>(({ page, pageSize }) =>
    this.api.debtors(page, pageSize),
  );

  ngOnInit(): void {
    this.results.load();
  }
}
