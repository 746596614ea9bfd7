import { Injectable, computed, inject, signal } from '@angular/core';
import { CreateUserRequest, UpdateUserRequest, User, UserRole } from '@switchboard/contracts';
import { Observable, Subscription, firstValueFrom } from 'rxjs';

import { RequestFailure, failureMessageKey, toRequestFailure } from '../../core/http/api-error';
import { SaveFailure, SaveResult } from '../../core/http/save-result';
import { UsersApiService } from './users-api.service';

export const DEFAULT_PAGE_SIZE = 20;

/** Maps an API failure onto form fields; anything that fits no field becomes the banner message. */
export function toSaveFailure(failure: RequestFailure): SaveFailure {
  const fieldErrors: Record<string, string> = {};
  if (failure.code === 'LOGIN_TAKEN') {
    fieldErrors['login'] = 'errors.loginTaken';
  } else if (failure.code === 'EXTENSION_TAKEN') {
    fieldErrors['extension'] = 'errors.extensionTaken';
  }
  for (const { field } of failure.fieldErrors) {
    fieldErrors[field] ??= 'validation.rejected';
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { ok: false, fieldErrors, messageKey: hasFields ? null : failureMessageKey(failure) };
}

/** The admin users list: filters, paging and the current page, held in signals. */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersApiService);
  private request: Subscription | null = null;

  readonly search = signal('');
  readonly role = signal<UserRole | null>(null);
  readonly pageIndex = signal(0);
  readonly pageSize = signal(DEFAULT_PAGE_SIZE);
  readonly users = signal<User[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && this.errorKey() === null && this.users().length === 0);

  setSearch(search: string): void {
    this.search.set(search.trim());
    this.pageIndex.set(0);
    this.load();
  }

  setRole(role: UserRole | null): void {
    this.role.set(role);
    this.pageIndex.set(0);
    this.load();
  }

  setPage(pageIndex: number, pageSize: number): void {
    this.pageIndex.set(pageIndex);
    this.pageSize.set(pageSize);
    this.load();
  }

  /** Loads the current page; a newer request cancels one still under way. */
  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.api
      .list({
        q: this.search() || undefined,
        role: this.role() ?? undefined,
        page: this.pageIndex() + 1,
        pageSize: this.pageSize(),
      })
      .subscribe({
        next: (page) => {
          this.users.set(page.items);
          this.total.set(page.total);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.users.set([]);
          this.total.set(0);
          this.errorKey.set(failureMessageKey(toRequestFailure(error)));
          this.loading.set(false);
        },
      });
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
        this.load();
      }
      return { ok: true, value };
    } catch (error: unknown) {
      return toSaveFailure(toRequestFailure(error));
    }
  }
}
