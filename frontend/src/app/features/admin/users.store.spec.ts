import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Page, User } from '@switchboard/contracts';

import { aUser } from '../../testing/fixtures';
import { UsersStore } from './users.store';

describe('UsersStore', () => {
  let store: UsersStore;
  let http: HttpTestingController;

  const page = (items: User[], total = items.length): Page<User> => ({ items, total, page: 1, pageSize: 20 });
  const expectList = (): TestRequest => http.expectOne((request) => request.url === '/api/users');
  const params = (request: TestRequest): Record<string, string | null> =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), UsersStore],
    });
    store = TestBed.inject(UsersStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the first page with the default size and shows progress meanwhile', () => {
    store.results.load();
    expect(store.results.loading()).toBe(true);
    const request = expectList();
    expect(params(request)).toEqual({ page: '1', pageSize: '20' });

    request.flush(page([aUser()], 41));
    expect(store.results.loading()).toBe(false);
    expect(store.results.items()).toHaveLength(1);
    expect(store.results.total()).toBe(41);
  });

  it('paging asks for the 1-based page and size the paginator chose', () => {
    store.results.setPage(2, 50);
    expect(params(expectList())).toEqual({ page: '3', pageSize: '50' });
  });

  it('search and role filters go to the API and restart from the first page', () => {
    store.results.setPage(3, 20);
    expectList().flush(page([]));

    store.setSearch('  anna ');
    expect(params(expectList())).toEqual({ q: 'anna', page: '1', pageSize: '20' });

    store.setRole('supervisor');
    expect(params(expectList())).toEqual({ q: 'anna', role: 'supervisor', page: '1', pageSize: '20' });
  });

  it('a newer search cancels the one still under way', () => {
    store.setSearch('an');
    const first = expectList();
    store.setSearch('anna');
    expect(first.cancelled).toBe(true);
    expectList().flush(page([]));
    expect(store.results.empty()).toBe(true);
  });

  it('a failed load shows an error instead of the empty state', () => {
    store.results.load();
    expectList().flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    expect(store.results.errorKey()).toBe('errors.forbidden');
    expect(store.results.empty()).toBe(false);
  });

  it('create posts the user, then reloads the list', async () => {
    const created = aUser({ id: 'u-2', login: 'bob' });
    const result = store.create({
      login: 'bob',
      password: 'secret123',
      displayName: 'Bob',
      role: 'operator',
    });
    const post = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(post.request.body).toMatchObject({ login: 'bob', role: 'operator' });
    post.flush(created, { status: 201, statusText: 'Created' });

    await expect(result).resolves.toEqual({ ok: true, value: created });
    expectList().flush(page([created]));
  });

  it.each([
    ['LOGIN_TAKEN', { login: 'errors.loginTaken' }],
    ['EXTENSION_TAKEN', { extension: 'errors.extensionTaken' }],
  ])('maps 409 %s onto its field', async (code, fieldErrors) => {
    const result = store.create({
      login: 'bob',
      password: 'secret123',
      displayName: 'Bob',
      role: 'operator',
    });
    http.expectOne('/api/users').flush({ code, message: 'taken' }, { status: 409, statusText: 'Conflict' });
    await expect(result).resolves.toEqual({ ok: false, fieldErrors, messageKey: null });
  });

  it('maps VALIDATION_FAILED details onto the named fields', async () => {
    const result = store.update('u-1', { displayName: '' });
    http.expectOne({ method: 'PATCH', url: '/api/users/u-1' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [{ field: 'displayName', reason: 'must not be empty' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(result).resolves.toEqual({
      ok: false,
      fieldErrors: { displayName: 'validation.rejected' },
      messageKey: null,
    });
  });

  it('an error that fits no field becomes a message', async () => {
    const result = store.resetPassword('u-1', 'secret123');
    http
      .expectOne({ method: 'POST', url: '/api/users/u-1/password' })
      .flush({ code: 'USER_NOT_FOUND', message: 'gone' }, { status: 404, statusText: 'Not Found' });
    await expect(result).resolves.toEqual({ ok: false, fieldErrors: {}, messageKey: 'errors.notFound' });
  });

  it('deactivating sends active:false', async () => {
    const user = aUser();
    const result = store.setActive(user, false);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/users/u-1' });
    expect(patch.request.body).toEqual({ active: false });
    patch.flush({ ...user, active: false });
    await expect(result).resolves.toMatchObject({ ok: true, value: { active: false } });
    expectList().flush(page([]));
  });
});
