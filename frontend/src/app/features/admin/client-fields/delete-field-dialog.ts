import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomFieldDefinition } from '@switchboard/contracts';

/** Asks before a field is deleted; closes with `true` to go ahead. */
@Component({
  selector: 'sb-delete-field-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'customFields.deleteTitle' | transloco: { label: field.label } }}</h2>
    <mat-dialog-content>
      <p class="sb-dialog-text">{{ 'customFields.deleteText' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial data-testid="field-delete-cancel">
        {{ 'common.cancel' | transloco }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="field-delete-confirm">
        {{ 'customFields.deleteConfirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteFieldDialog {
  protected readonly field = inject<CustomFieldDefinition>(MAT_DIALOG_DATA);
}
