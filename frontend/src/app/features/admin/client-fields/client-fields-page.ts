import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { CUSTOM_FIELD_TYPES, CustomFieldDefinition, CustomFieldType } from '@switchboard/contracts';
import { Observable, firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SettingsApiService } from '../settings/settings-api.service';

const options = (text: string) =>
  text
    .split(',')
    .map((option) => option.trim())
    .filter(Boolean);

/** Fields admins add to every client card: create, rename, reorder, remove. */
@Component({
  selector: 'sb-client-fields-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
  ],
  templateUrl: './client-fields-page.html',
  styleUrl: '../settings/settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientFieldsPage implements OnInit {
  private readonly api = inject(SettingsApiService);
  protected readonly types = CUSTOM_FIELD_TYPES;
  protected readonly columns = ['label', 'key', 'type', 'options', 'actions'];
  protected readonly fields = signal<CustomFieldDefinition[]>([]);
  protected readonly editing = signal<CustomFieldDefinition | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    key: ['', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{0,63}$/)]],
    label: ['', Validators.required],
    type: ['text' as CustomFieldType],
    options: [''],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected edit(field: CustomFieldDefinition): void {
    this.editing.set(field);
    this.form.setValue({
      key: field.key,
      label: field.label,
      type: field.type,
      options: field.options.join(', '),
    });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    const field = this.editing();
    await this.run(
      field
        ? this.api.updateField(field.id, { label: value.label, options: options(value.options) })
        : this.api.createField({ ...value, options: options(value.options) }),
    );
    this.cancel();
  }

  protected move(field: CustomFieldDefinition, by: -1 | 1): Promise<void> {
    const list = this.fields();
    const other = list[list.indexOf(field) + by];
    if (!other) return Promise.resolve();
    return this.run(
      this.api.updateField(field.id, { position: other.position }),
      this.api.updateField(other.id, { position: field.position }),
    );
  }

  protected remove(field: CustomFieldDefinition): Promise<void> {
    return this.run(this.api.deleteField(field.id));
  }

  private async run(...calls: Observable<unknown>[]): Promise<void> {
    this.errorKey.set(null);
    try {
      for (const call of calls) await firstValueFrom(call);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
    await this.load();
  }

  private async load(): Promise<void> {
    this.fields.set(await firstValueFrom(this.api.fields()));
  }
}
