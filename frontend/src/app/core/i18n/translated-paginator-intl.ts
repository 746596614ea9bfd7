import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

/** MatPaginator labels from the translations, updated on every language switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap((lang) => this.transloco.selectTranslation(lang)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        this.itemsPerPageLabel = this.transloco.translate('paginator.itemsPerPage');
        this.nextPageLabel = this.transloco.translate('paginator.nextPage');
        this.previousPageLabel = this.transloco.translate('paginator.previousPage');
        this.firstPageLabel = this.transloco.translate('paginator.firstPage');
        this.lastPageLabel = this.transloco.translate('paginator.lastPage');
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.transloco.translate('paginator.empty', { length });
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { start, end, length });
  };
}
