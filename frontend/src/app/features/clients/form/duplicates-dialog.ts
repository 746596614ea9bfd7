import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { DuplicateMatch } from '@switchboard/contracts';

export type DuplicateChoice = { action: 'open' | 'merge'; clientId: string } | { action: 'save' };

/** Clients that look like the one being saved: open one, merge it into the edited client, or save anyway. */
@Component({
  selector: 'sb-duplicates-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'clients.duplicates.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'clients.duplicates.text' | transloco }}</p>
      <ul class="matches">
        @for (match of data.matches; track match.client.id) {
          <li data-testid="duplicate-match">
            <strong>{{ match.client.displayName }}</strong> {{ match.client.phones.join(', ') }}
            <span class="why">
              ({{ 'clients.duplicates.matchedOn' | transloco }}:
              @for (reason of match.matchedOn; track reason; let last = $last) {
                {{ 'clients.duplicates.' + reason | transloco }}{{ last ? '' : ', ' }}
              }
              )
            </span>
            <button mat-button [mat-dialog-close]="{ action: 'open', clientId: match.client.id }">
              {{ 'clients.duplicates.open' | transloco }}
            </button>
            @if (data.canMerge) {
              <button
                mat-button
                [mat-dialog-close]="{ action: 'merge', clientId: match.client.id }"
                data-testid="duplicate-merge"
              >
                {{ 'clients.duplicates.merge' | transloco }}
              </button>
            }
          </li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button [mat-dialog-close]="{ action: 'save' }" data-testid="duplicate-save-anyway">
        {{ 'clients.duplicates.saveAnyway' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: '.matches { padding-left: 16px; } .why { color: var(--mat-sys-on-surface-variant); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DuplicatesDialog {
  protected readonly data = inject<{ matches: DuplicateMatch[]; canMerge: boolean }>(MAT_DIALOG_DATA);
}
