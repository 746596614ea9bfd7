import { Injectable, computed, inject, signal } from '@angular/core';
import {
  CreateCustomFieldRequest,
  CustomFieldDefinition,
  UpdateCustomFieldRequest,
} from '@switchboard/contracts';
import { Observable, Subscription, firstValueFrom } from 'rxjs';

import { RequestFailure, failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SaveFailure, SaveResult } from '../../../core/http/save-result';
import { serverReasonKey } from '../../../shared/forms/server-errors';
import { CustomFieldsApiService } from './custom-fields-api.service';

/** A field deleted meanwhile reads like any other thing that no longer exists. */
function messageKeyOf(failure: RequestFailure): string {
  return failure.code === 'CUSTOM_FIELD_NOT_FOUND' ? 'errors.notFound' : failureMessageKey(failure);
}

/** Maps an API failure onto the dialog's fields (`options.2` -> `options`); the rest becomes a message. */
export function toFieldSaveFailure(failure: RequestFailure): SaveFailure {
  const fieldErrors: Record<string, string> = {};
  if (failure.code === 'CUSTOM_FIELD_KEY_TAKEN') {
    fieldErrors['key'] = 'customFields.keyTaken';
  }
  for (const error of failure.fieldErrors) {
    fieldErrors[error.field.split('.')[0]] ??= serverReasonKey(error);
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { ok: false, fieldErrors, messageKey: hasFields ? null : messageKeyOf(failure) };
}

/** `fields` with the one at `index` moved by one place, every position rewritten as its new index. */
export function reorder(fields: CustomFieldDefinition[], index: number, by: -1 | 1): CustomFieldDefinition[] {
  const target = index + by;
  if (index < 0 || target < 0 || target >= fields.length) {
    return fields;
  }
  const next = [...fields];
  [next[index], next[target]] = [next[target], next[index]];
  return next.map((field, position) => ({ ...field, position }));
}

const byPosition = (a: CustomFieldDefinition, b: CustomFieldDefinition) => a.position - b.position;

/** The admin list of custom client fields, in their order, and the changes made to it. */
@Injectable()
export class ClientFieldsStore {
  private readonly api = inject(CustomFieldsApiService);
  private request: Subscription | null = null;

  readonly fields = signal<CustomFieldDefinition[]>([]);
  readonly loading = signal(false);
  /** A reorder is being saved; the move buttons wait for it. */
  readonly moving = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && this.errorKey() === null && this.fields().length === 0);

  /** Loads the list; a newer request cancels one still under way. */
  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.api.list().subscribe({
      next: (fields) => {
        this.fields.set([...fields].sort(byPosition));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.errorKey.set(failureMessageKey(toRequestFailure(error)));
        this.loading.set(false);
      },
    });
  }

  create(request: CreateCustomFieldRequest): Promise<SaveResult<CustomFieldDefinition>> {
    return this.run(this.api.create(request));
  }

  update(id: string, request: UpdateCustomFieldRequest): Promise<SaveResult<CustomFieldDefinition>> {
    return this.run(this.api.update(id, request));
  }

  remove(field: CustomFieldDefinition): Promise<SaveResult<void>> {
    return this.run(this.api.remove(field.id));
  }

  /**
   * Moves a field one place up or down. Positions are rewritten as 0..n-1 for every field whose place
   * changed, so gaps or ties left by earlier deletions cannot make a swap a no-op.
   */
  async move(field: CustomFieldDefinition, by: -1 | 1): Promise<SaveResult<void>> {
    const before = this.fields();
    const after = reorder(
      before,
      before.findIndex((item) => item.id === field.id),
      by,
    );
    if (after === before || this.moving()) {
      return { ok: true, value: undefined };
    }
    const changed = after.filter(
      (item) => before.find((old) => old.id === item.id)?.position !== item.position,
    );
    this.fields.set(after);
    this.moving.set(true);
    this.errorKey.set(null);
    try {
      for (const item of changed) {
        await firstValueFrom(this.api.update(item.id, { position: item.position }));
      }
      return { ok: true, value: undefined };
    } catch (error: unknown) {
      const failure = toRequestFailure(error);
      this.load();
      this.errorKey.set(messageKeyOf(failure));
      return toFieldSaveFailure(failure);
    } finally {
      this.moving.set(false);
    }
  }

  private async run<T>(request: Observable<T>): Promise<SaveResult<T>> {
    this.errorKey.set(null);
    try {
      const value = await firstValueFrom(request);
      this.load();
      return { ok: true, value };
    } catch (error: unknown) {
      return toFieldSaveFailure(toRequestFailure(error));
    }
  }
}
