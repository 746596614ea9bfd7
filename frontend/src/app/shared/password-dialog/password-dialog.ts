import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@switchboard/contracts';

import { FieldErrorPipe } from '../forms/field-error.pipe';
import { SaveResult } from '../../core/http/save-result';
import { applyServerErrors } from '../forms/server-errors';
import { matchingValidator } from '../forms/validators';

export interface NewPassword {
  /** Empty unless the dialog asked for it. */
  currentPassword: string;
  newPassword: string;
}

/** What the opener decides: the words around the fields, whether to ask for the current password, and where it goes. */
export interface PasswordDialogData {
  title: string;
  titleParams?: Record<string, unknown>;
  /** A line above the fields, such as what happens to the user's sessions. */
  text?: string;
  submitLabel: string;
  /** Someone changing their own password proves they know the current one. */
  askCurrent: boolean;
  /** Sends the password; field errors are keyed by this dialog's names (`currentPassword`, `newPassword`). */
  submit: (password: NewPassword) => Promise<SaveResult<unknown>>;
}

/** A new password typed twice, for one's own account or an administrator's reset; closes with true once saved. */
@Component({
  selector: 'sb-password-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordDialog {
  private readonly dialogRef = inject(MatDialogRef<PasswordDialog, boolean>);
  protected readonly data = inject<PasswordDialogData>(MAT_DIALOG_DATA);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: [{ value: '', disabled: !this.data.askCurrent }, Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
      repeatPassword: ['', Validators.required],
    },
    { validators: matchingValidator('newPassword', 'repeatPassword') },
  );
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  async save(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    const result = await this.data.submit({ currentPassword, newPassword });
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(true);
      return;
    }
    if (!applyServerErrors(this.form.controls, result.fieldErrors)) {
      this.errorKey.set(result.messageKey ?? 'errors.unexpected');
    }
  }
}
