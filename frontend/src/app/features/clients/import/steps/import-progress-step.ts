import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { ClientImportStore } from '../client-import.store';

/** Step 3: rows processed of all, clients created and rows refused so far, live. */
@Component({
  selector: 'sb-import-progress-step',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  template: `
    @if (store.status(); as status) {
      <mat-progress-bar
        mode="determinate"
        [value]="store.percent()"
        [attr.aria-label]="'clientImport.progress.label' | transloco"
        data-testid="import-progress-bar"
      />
      <dl class="counts" aria-live="polite" data-testid="import-progress">
        <div>
          <dt>{{ 'clientImport.progress.rows' | transloco }}</dt>
          <dd>
            {{
              'clientImport.progress.ofTotal'
                | transloco: { done: status.processedRows, total: status.totalRows }
            }}
          </dd>
        </div>
        <div>
          <dt>{{ 'clientImport.progress.created' | transloco }}</dt>
          <dd data-testid="import-progress-created">{{ status.createdCount }}</dd>
        </div>
        <div>
          <dt>{{ 'clientImport.progress.errors' | transloco }}</dt>
          <dd data-testid="import-progress-errors">{{ store.rejectedRows() }}</dd>
        </div>
      </dl>
      <p class="hint">{{ 'clientImport.progress.leave' | transloco }}</p>
      <a mat-button routerLink="/clients">{{ 'clientImport.result.backToClients' | transloco }}</a>
    }
  `,
  styleUrl: './import-steps.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProgressStep {
  protected readonly store = inject(ClientImportStore);
}
