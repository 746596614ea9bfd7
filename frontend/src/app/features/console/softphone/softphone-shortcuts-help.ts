import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

import { SHORTCUTS } from '../../../core/sip/softphone-shortcuts';

/** The overlay listing the softphone's keyboard shortcuts, opened with "?" or from the bar. */
@Component({
  selector: 'sb-softphone-shortcuts-help',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'softphone.shortcuts.title' | transloco }}</h2>
    <mat-dialog-content>
      <table data-testid="softphone-shortcuts">
        @for (shortcut of shortcuts; track shortcut.action) {
          <tr [attr.data-testid]="'softphone-shortcut-' + shortcut.action">
            <td>
              <kbd>{{ shortcut.keys }}</kbd>
            </td>
            <td>{{ 'softphone.shortcuts.' + shortcut.action | transloco }}</td>
          </tr>
        }
      </table>
      <p class="hint">{{ 'softphone.shortcuts.hint' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="softphone-shortcuts-close">
        {{ 'softphone.actions.close' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    td {
      padding: 4px 12px 4px 0;
    }
    kbd {
      padding: 2px 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SoftphoneShortcutsHelp {
  protected readonly shortcuts = SHORTCUTS;
}
