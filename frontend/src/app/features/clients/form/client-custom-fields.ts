import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomFieldDefinition } from '@switchboard/contracts';

import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { ClientFormGroup } from './client-form.model';

/** The fields an administrator added to clients, one box each by its type, laid out by the owner's grid. */
@Component({
  selector: 'sb-client-custom-fields',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    @let controls = group().controls;
    @for (field of fields(); track field.id) {
      @let control = controls[field.key];
      @switch (field.type) {
        @case ('boolean') {
          <mat-checkbox [formControl]="control">{{ field.label }}</mat-checkbox>
        }
        @case ('select') {
          <mat-form-field appearance="outline">
            <mat-label>{{ field.label }}</mat-label>
            <mat-select [formControl]="control" [attr.data-testid]="'client-form-custom-' + field.key">
              <mat-option value="">—</mat-option>
              @for (option of field.options; track option) {
                <mat-option [value]="option">{{ option }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @case ('date') {
          <mat-form-field appearance="outline">
            <mat-label>{{ field.label }}</mat-label>
            <input
              matInput
              [matDatepicker]="picker"
              [formControl]="control"
              [placeholder]="'datepicker.placeholder' | transloco"
              [attr.data-testid]="'client-form-custom-' + field.key"
            />
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            @if (control.errors | fieldError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        }
        @default {
          <mat-form-field appearance="outline">
            <mat-label>{{ field.label }}</mat-label>
            <input
              matInput
              [attr.inputmode]="field.type === 'number' ? 'decimal' : null"
              [formControl]="control"
            />
            @if (control.errors | fieldError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        }
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientCustomFields {
  /** The form's `custom` group, one control per field key. */
  readonly group = input.required<ClientFormGroup['controls']['custom']>();
  readonly fields = input.required<CustomFieldDefinition[]>();

  constructor() {
    checkOnControlEvents(this.group);
  }
}
