import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';

import { PagedList } from './paged-list';

/** The paginator under a list table, bound to the `PagedList` it pages. */
@Component({
  selector: 'sb-list-paginator',
  imports: [MatPaginatorModule],
  template: `
    <mat-paginator
      [length]="results().total()"
      [pageIndex]="results().pageIndex()"
      [pageSize]="results().pageSize()"
      [pageSizeOptions]="pageSizes()"
      (page)="onPage($event)"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListPaginator {
  readonly results = input.required<PagedList<unknown>>();
  /** The sizes offered; empty keeps the store's size with no choice. */
  readonly pageSizes = input<number[]>([10, 20, 50, 100]);

  protected onPage(event: PageEvent): void {
    this.results().setPage(event.pageIndex, event.pageSize);
  }
}
