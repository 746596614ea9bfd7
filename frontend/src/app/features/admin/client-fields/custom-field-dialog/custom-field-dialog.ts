import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CUSTOM_FIELD_TYPES, CustomFieldDefinition, CustomFieldType } from '@switchboard/contracts';

import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../../shared/forms/server-errors';
import { ClientFieldsStore } from '../client-fields.store';
import { FIELD_RULES, addOptions, optionsRequired } from '../custom-field-form';

/** Create a field (no data) or edit one; key and type are fixed once a field exists. */
@Component({
  selector: 'sb-custom-field-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './custom-field-dialog.html',
  styles: '.options-input { min-width: 160px; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomFieldDialog {
  private readonly store = inject(ClientFieldsStore);
  private readonly dialogRef = inject(MatDialogRef<CustomFieldDialog>);
  protected readonly field = inject<CustomFieldDefinition | null>(MAT_DIALOG_DATA);

  protected readonly types = CUSTOM_FIELD_TYPES;
  protected readonly separators = [ENTER, COMMA];
  protected readonly form = inject(NonNullableFormBuilder).group({
    key: [{ value: this.field?.key ?? '', disabled: this.field !== null }, FIELD_RULES.key],
    label: [this.field?.label ?? '', FIELD_RULES.label],
    type: [{ value: this.field?.type ?? ('text' as CustomFieldType), disabled: this.field !== null }],
    options: [this.field?.options ?? []],
  });
  protected readonly isSelect = signal(this.form.controls.type.value === 'select');
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  /** Text typed into the options box and not yet turned into a chip. */
  private draft = '';

  constructor() {
    this.applyType(this.form.controls.type.value);
    this.form.controls.type.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((type) => this.applyType(type));
  }

  protected typed(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
  }

  protected addOption(event: MatChipInputEvent): void {
    this.commitDraft(event.value);
    event.chipInput.clear();
  }

  protected removeOption(option: string): void {
    const options = this.form.controls.options;
    options.setValue(options.value.filter((item) => item !== option));
    options.markAsTouched();
  }

  async save(): Promise<void> {
    // Text left in the options box counts, as if Enter had been pressed.
    this.commitDraft(this.draft);
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    const { key, label, type, options } = this.form.getRawValue();
    const request = { label: label.trim(), options: type === 'select' ? options : [] };
    const result = this.field
      ? await this.store.update(this.field.id, request)
      : await this.store.create({ key, type, ...request });
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(result.value);
      return;
    }
    applyServerErrors(this.form.controls, result.fieldErrors);
    this.errorKey.set(result.messageKey);
  }

  private commitDraft(text: string): void {
    this.draft = '';
    if (text.trim() === '') return;
    const options = this.form.controls.options;
    options.setValue(addOptions(options.value, text));
    options.markAsTouched();
  }

  private applyType(type: CustomFieldType): void {
    const options = this.form.controls.options;
    this.isSelect.set(type === 'select');
    options.setValidators(type === 'select' ? optionsRequired : null);
    options.updateValueAndValidity();
  }
}
