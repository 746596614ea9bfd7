import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { CsatRow } from '@switchboard/contracts';

import { LocalNumberPipe, LocalPercentPipe } from '../shared/local-number.pipe';

/** CSAT by one dimension (agent, manager, product category): the share of top-two answers and how many. */
@Component({
  selector: 'sb-csat-table',
  imports: [LocalNumberPipe, LocalPercentPipe, MatTableModule, TranslocoPipe],
  template: `
    <section class="csat" [attr.data-testid]="'csat-' + testId()">
      <h3>{{ title() | transloco }}</h3>
      @if (rows().length > 0) {
        <table mat-table [dataSource]="rows()" [attr.aria-label]="title() | transloco">
          <ng-container matColumnDef="label">
            <th mat-header-cell *matHeaderCellDef>{{ column() | transloco }}</th>
            <td mat-cell *matCellDef="let row">{{ row.label }}</td>
          </ng-container>
          <ng-container matColumnDef="csat">
            <th mat-header-cell *matHeaderCellDef>{{ 'surveys.results.csat' | transloco }}</th>
            <td mat-cell *matCellDef="let row" class="number" data-testid="csat-value">
              {{ row.csat | localPercent }}
            </td>
          </ng-container>
          <ng-container matColumnDef="answers">
            <th mat-header-cell *matHeaderCellDef>{{ 'surveys.results.answers' | transloco }}</th>
            <td mat-cell *matCellDef="let row" class="number">{{ row.answers | localNumber }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="csat-row"></tr>
        </table>
      } @else {
        <p class="muted">{{ 'surveys.results.noCsat' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .csat h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    table {
      width: 100%;
    }
    .number {
      text-align: end;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CsatTable {
  /** Translation keys of the table's title and its first column. */
  readonly title = input.required<string>();
  readonly column = input.required<string>();
  readonly rows = input.required<CsatRow[]>();
  readonly testId = input.required<string>();
  protected readonly columns = ['label', 'csat', 'answers'];
}
