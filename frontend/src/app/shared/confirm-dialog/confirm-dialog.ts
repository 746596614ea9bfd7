import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/** What the opener decides: translation keys for the words, and the buttons' test ids. */
export interface ConfirmDialogData {
  title: string;
  titleParams?: Record<string, unknown>;
  /** What going ahead does, under the title. */
  text: string;
  confirmLabel: string;
  /** The buttons are `<testId>-cancel` and `<testId>-confirm`. */
  testId: string;
}

/** Asks before something is done that cannot be taken back; closes with `true` to go ahead. */
@Component({
  selector: 'sb-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title | transloco: data.titleParams }}</h2>
    <mat-dialog-content>
      <p class="sb-dialog-text">{{ data.text | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        mat-dialog-close
        cdkFocusInitial
        [attr.data-testid]="data.testId + '-cancel'"
      >
        {{ 'common.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        [attr.data-testid]="data.testId + '-confirm'"
      >
        {{ data.confirmLabel | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
