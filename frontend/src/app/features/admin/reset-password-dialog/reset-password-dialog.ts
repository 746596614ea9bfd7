import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, User } from '@switchboard/contracts';

import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../shared/forms/server-errors';
import { matchingValidator } from '../../../shared/forms/validators';
import { UsersStore } from '../users.store';

@Component({
  selector: 'sb-reset-password-dialog',
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
  templateUrl: './reset-password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordDialog {
  private readonly store = inject(UsersStore);
  private readonly dialogRef = inject(MatDialogRef<ResetPasswordDialog>);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly user = inject<User>(MAT_DIALOG_DATA);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
      repeatPassword: ['', Validators.required],
    },
    { validators: matchingValidator('password', 'repeatPassword') },
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
    const result = await this.store.resetPassword(this.user.id, this.form.getRawValue().password);
    this.saving.set(false);
    if (result.ok) {
      const message = this.transloco.translate('users.passwordReset', { name: this.user.displayName });
      this.snackBar.open(message, undefined, { duration: 4000 });
      this.dialogRef.close(true);
      return;
    }
    applyServerErrors(this.form.controls, result.fieldErrors);
    this.errorKey.set(result.messageKey);
  }
}
