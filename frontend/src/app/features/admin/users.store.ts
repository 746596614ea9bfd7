import { Injectable, inject, signal } from '@angular/core';
import { CreateUserRequest, UpdateUserRequest, User, UserRole } from '@switchboard/contracts';
import { Observable, firstValueFrom } from 'rxjs';

import { RequestFailure, failureMessageKey, toRequestFailure } from '../../core/http/api-error';
import { SaveFailure, SaveResult } from '../../core/http/save-result';
import { serverReasonKey } from '../../shared/forms/server-errors';
import { PagedList } from '../../shared/lists/paged-list';
import { UsersApiService } from './users-api.service';

/** Maps an API failure onto form fields; anything that fits no field becomes the banner message. */
export function toSaveFailure(failure: RequestFailure): SaveFailure {
  const fieldErrors: Record<string, string> = {};
  if (failure.code === 'LOGIN_TAKEN') {
    fieldErrors['login'] = 'errors.loginTaken';
  } else if (failure.code === 'EXTENSION_TAKEN') {
    fieldErrors['extension'] = 'errors.extensionTaken';
  }
  for (const error of failure.fieldErrors) {
    fieldErrors[error.field] ??= serverReasonKey(error);
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { ok: false, fieldErrors, messageKey: hasFields ? null : failureMessageKey(failure) };
}

/** The admin users list: filters, paging and the current page, held in signals. */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersApiService);

  readonly search = signal('');
  readonly role = signal<UserRole | null>(null);
  readonly results = new PagedList<User>((page) =>
    this.api.list({ q: this.search() || undefined, role: this.role() ?? undefined, ...page }),
  );

  setSearch(search: string): void {
    this.search.set(search.trim());
    this.results.restart();
  }

  setRole(role: UserRole | null): void {
    this.role.set(role);
    this.results.restart();
  }

  create(request: CreateUserRequest): Promise<SaveResult<User>> {
    return this.run(this.api.create(request), true);
  }

  update(id: string, request: UpdateUserRequest): Promise<SaveResult<User>> {
    return this.run(this.api.update(id, request), true);
  }

  setActive(user: User, active: boolean): Promise<SaveResult<User>> {
    return this.update(user.id, { active });
  }

  resetPassword(id: string, password: string): Promise<SaveResult<void>> {
    return this.run(this.api.resetPassword(id, { password }), false);
  }

  private async run<T>(request: Observable<T>, reload: boolean): Promise<SaveResult<T>> {
    try {
      const value = await firstValueFrom(request);
      if (reload) {
        this.results.load();
      }
      return { ok: true, value };
    } catch (error: unknown) {
      return toSaveFailure(toRequestFailure(error));
    }
  }
}
