import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, USER_ROLES, User } from '@switchboard/contracts';

import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../shared/forms/server-errors';
import { USER_FIELD_RULES, extensionOrNull } from '../user-form';
import { UsersStore } from '../users.store';

@Component({
  selector: 'sb-user-edit-dialog',
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
  templateUrl: './user-edit-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserEditDialog {
  private readonly store = inject(UsersStore);
  private readonly dialogRef = inject(MatDialogRef<UserEditDialog>);
  protected readonly user = inject<User>(MAT_DIALOG_DATA);

  protected readonly roles = USER_ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [this.user.displayName, USER_FIELD_RULES.displayName],
    role: [this.user.role, Validators.required],
    extension: [this.user.extension ?? '', USER_FIELD_RULES.extension],
    active: [this.user.active],
    language: [this.user.language, Validators.required],
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
    const result = await this.store.update(this.user.id, {
      ...value,
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
