import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from '../../../core/auth/auth-api.service';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../shared/forms/server-errors';
import { matchingValidator } from '../../../shared/forms/validators';

@Component({
  selector: 'sb-change-password-dialog',
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
  templateUrl: './change-password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordDialog {
  private readonly api = inject(AuthApiService);
  private readonly dialogRef = inject(MatDialogRef<ChangePasswordDialog>);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
      repeatPassword: ['', Validators.required],
    },
    { validators: matchingValidator('newPassword', 'repeatPassword') },
  );
  protected readonly minLength = PASSWORD_MIN_LENGTH;
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
    try {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.snackBar.open(this.transloco.translate('password.changed'), undefined, { duration: 4000 });
      this.dialogRef.close(true);
    } catch (error: unknown) {
      const failure = toRequestFailure(error);
      const fields: Record<string, string> =
        failure.code === 'WRONG_PASSWORD'
          ? { currentPassword: 'errors.wrongPassword' }
          : Object.fromEntries(failure.fieldErrors.map((item) => [item.field, 'validation.rejected']));
      if (!applyServerErrors(this.form.controls, fields)) {
        this.errorKey.set(failureMessageKey(failure));
      }
    } finally {
      this.saving.set(false);
    }
  }
}
