import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { IMPORT_TARGET_FIELDS } from '@switchboard/contracts';

import { ClientImportStore } from '../client-import.store';
import { customTarget } from '../import-mapping';

/** Step 2: a client field for each column of the file, over the first rows as they were read. */
@Component({
  selector: 'sb-import-mapping-step',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './import-mapping-step.html',
  styleUrl: './import-mapping-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportMappingStep {
  protected readonly store = inject(ClientImportStore);
  protected readonly builtIn = IMPORT_TARGET_FIELDS;
  protected readonly customTarget = customTarget;
}
