import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { aUser } from '../../testing/fixtures';
import { SessionStore, TOKEN_STORAGE_KEY } from './session.store';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  function setUp(): void {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('login posts the credentials, then keeps the token and the user', async () => {
    setUp();
    const user = aUser();
    const done = store.login({ login: 'anna', password: 'secret123' });

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ login: 'anna', password: 'secret123' });
    request.flush({ accessToken: 'tok-1', user });

    await expect(done).resolves.toEqual(user);
    expect(store.token()).toBe('tok-1');
    expect(store.user()).toEqual(user);
    expect(store.isAuthenticated()).toBe(true);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('tok-1');
  });

  it('a failed login keeps nobody signed in', async () => {
    setUp();
    const done = store.login({ login: 'anna', password: 'wrong' });
    http
      .expectOne('/api/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS', message: 'no' }, { status: 401, statusText: 'Unauthorized' });

    await expect(done).rejects.toBeTruthy();
    expect(store.isAuthenticated()).toBe(false);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('logout clears token, user and storage, records the notice and goes to the login page', async () => {
    setUp();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const done = store.login({ login: 'anna', password: 'secret123' });
    http.expectOne('/api/auth/login').flush({ accessToken: 'tok-1', user: aUser() });
    await done;

    store.logout('deactivated');

    expect(store.token()).toBeNull();
    expect(store.user()).toBeNull();
    expect(store.isAuthenticated()).toBe(false);
    expect(store.notice()).toBe('deactivated');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('signing out ends the session on the server, then here', async () => {
    setUp();
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const done = store.login({ login: 'anna', password: 'secret123' });
    http.expectOne('/api/auth/login').flush({ accessToken: 'tok-1', user: aUser() });
    await done;

    const signedOut = store.signOut();
    http
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;

    expect(store.isAuthenticated()).toBe(false);
    expect(store.notice()).toBeNull();
  });

  it('signing out everywhere ends every session, and signs out here even when the server is unreachable', async () => {
    setUp();
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const done = store.login({ login: 'anna', password: 'secret123' });
    http.expectOne('/api/auth/login').flush({ accessToken: 'tok-1', user: aUser() });
    await done;

    const signedOut = store.signOut(true);
    http.expectOne({ method: 'DELETE', url: '/api/auth/sessions' }).error(new ProgressEvent('error'));
    await signedOut;

    expect(store.isAuthenticated()).toBe(false);
    expect(store.notice()).toBe('signed-out');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('restore loads the user behind a stored token', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'tok-stored');
    setUp();
    const done = store.restore();
    http.expectOne('/api/auth/me').flush(aUser({ role: 'admin' }));
    await done;

    expect(store.token()).toBe('tok-stored');
    expect(store.role()).toBe('admin');
  });

  it('restore drops a token the API refuses', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'tok-old');
    setUp();
    const done = store.restore();
    http
      .expectOne('/api/auth/me')
      .flush({ code: 'UNAUTHENTICATED', message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    await done;

    expect(store.token()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });
});
