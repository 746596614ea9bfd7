import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, PASSWORD_MIN_LENGTH, USER_ROLES, User } from '@switchboard/contracts';

import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../shared/forms/server-errors';
import { extensionOrNull, userFormGroup } from '../user-form';
import { UsersStore } from '../users.store';

/** Creates a user (dialog data `null`) or edits the one given; closes with the saved user. */
@Component({
  selector: 'sb-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './user-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog {
  private readonly store = inject(UsersStore);
  private readonly dialogRef = inject(MatDialogRef<UserDialog, User>);
  protected readonly user = inject<User | null>(MAT_DIALOG_DATA);

  protected readonly roles = USER_ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = userFormGroup(inject(NonNullableFormBuilder), this.user);
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
    const fields = {
      displayName: value.displayName.trim(),
      role: value.role,
      extension: extensionOrNull(value.extension),
      language: value.language,
    };
    const result = this.user
      ? await this.store.update(this.user.id, { ...fields, active: value.active })
      : await this.store.create({ ...fields, login: value.login.trim(), password: value.password });
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(result.value);
      return;
    }
    applyServerErrors(this.form.controls, result.fieldErrors);
    this.errorKey.set(result.messageKey);
  }
}
