import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { serverReasonKey } from '../../../../shared/forms/server-errors';
import { ClientImportStore, ERRORS_PAGE_SIZE } from '../client-import.store';
import { describeTarget } from '../import-mapping';

/**
 * Step 4: what was created, every field a refused row failed on with the reason in the user's language
 * (the server's own words, for reports made before reasons had codes), and the refused rows as a file.
 */
@Component({
  selector: 'sb-import-result-step',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressSpinnerModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './import-result-step.html',
  styleUrl: './import-steps.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportResultStep {
  protected readonly store = inject(ClientImportStore);
  protected readonly pageSize = ERRORS_PAGE_SIZE;
  protected readonly columns = ['row', 'field', 'reason'];

  protected readonly reasonKey = serverReasonKey;

  protected describe(field: string): { key?: string; text?: string } {
    return describeTarget(field, this.store.customFields());
  }
}
