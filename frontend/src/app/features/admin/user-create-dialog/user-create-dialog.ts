import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, Language, PASSWORD_MIN_LENGTH, USER_ROLES, UserRole } from '@switchboard/contracts';

import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../shared/forms/server-errors';
import { USER_FIELD_RULES, extensionOrNull } from '../user-form';
import { UsersStore } from '../users.store';

@Component({
  selector: 'sb-user-create-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './user-create-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserCreateDialog {
  private readonly store = inject(UsersStore);
  private readonly dialogRef = inject(MatDialogRef<UserCreateDialog>);

  protected readonly roles = USER_ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', USER_FIELD_RULES.login],
    displayName: ['', USER_FIELD_RULES.displayName],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    role: ['operator' as UserRole, Validators.required],
    extension: ['', USER_FIELD_RULES.extension],
    language: ['en' as Language, Validators.required],
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  async save(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    const value = this.form.getRawValue();
    const result = await this.store.create({
      ...value,
      login: value.login.trim(),
      displayName: value.displayName.trim(),
      extension: extensionOrNull(value.extension),
    });
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(result.value);
      return;
    }
    applyServerErrors(this.form.controls, result.fieldErrors);
    this.errorKey.set(result.messageKey);
  }
}
