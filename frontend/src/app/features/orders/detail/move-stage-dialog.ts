import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrderStage } from '@switchboard/contracts';

import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';

export interface MoveStageDialogData {
  stage: OrderStage;
}

/** What the dialog closes with when confirmed; closing any other way means "do not move". */
export interface MoveStageConfirmation {
  comment: string;
}

export const MOVE_COMMENT_MAX_LENGTH = 500;

/** Confirms a move to another stage and takes the comment the transition will carry. */
@Component({
  selector: 'sb-move-stage-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    LocalizedTextPipe,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'orders.move.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content class="sb-dialog-fields">
        <p data-testid="move-target">
          {{
            'orders.move.to'
              | transloco: { stage: (data.stage.name | localized: data.stage.nameTranslations) }
          }}
        </p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'orders.moveComment' | transloco }}</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="comment"
            [maxlength]="maxLength"
            data-testid="move-comment"
          ></textarea>
          <mat-hint align="end">{{ form.controls.comment.value.length }} / {{ maxLength }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="move-cancel">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" data-testid="move-confirm">
          {{ 'orders.move.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveStageDialog {
  protected readonly data = inject<MoveStageDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<MoveStageDialog, MoveStageConfirmation>);
  protected readonly maxLength = MOVE_COMMENT_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: ['', Validators.maxLength(MOVE_COMMENT_MAX_LENGTH)],
  });

  confirm(): void {
    this.dialogRef.close({ comment: this.form.controls.comment.value.trim() });
  }
}
