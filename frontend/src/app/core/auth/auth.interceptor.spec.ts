import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { aUser } from '../../testing/fixtures';
import { authInterceptor } from './auth.interceptor';
import { SessionStore } from './session.store';

describe('authInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let session: SessionStore;

  async function signIn(): Promise<void> {
    const done = session.login({ login: 'anna', password: 'secret123' });
    controller.expectOne('/api/auth/login').flush({ accessToken: 'tok-1', user: aUser() });
    await done;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => controller.verify());

  it('adds the bearer token to API requests', async () => {
    await signIn();
    const done = firstValueFrom(http.get('/api/users'));
    const request = controller.expectOne('/api/users');
    expect(request.request.headers.get('Authorization')).toBe('Bearer tok-1');
    request.flush({});
    await done;
  });

  it('sends no Authorization header when signed out or outside the API', async () => {
    const anonymous = firstValueFrom(http.get('/api/health'));
    const first = controller.expectOne('/api/health');
    expect(first.request.headers.has('Authorization')).toBe(false);
    first.flush({});
    await anonymous;

    await signIn();
    const asset = firstValueFrom(http.get('/i18n/en.json'));
    const second = controller.expectOne('/i18n/en.json');
    expect(second.request.headers.has('Authorization')).toBe(false);
    second.flush({});
    await asset;
  });

  it('logs out when the API answers 401', async () => {
    await signIn();
    const done = firstValueFrom(http.get('/api/users'));
    controller
      .expectOne('/api/users')
      .flush({ code: 'UNAUTHENTICATED', message: 'expired' }, { status: 401, statusText: 'Unauthorized' });

    await expect(done).rejects.toBeTruthy();
    expect(session.isAuthenticated()).toBe(false);
    expect(session.notice()).toBe('expired');
  });

  it('keeps the session on other errors', async () => {
    await signIn();
    const done = firstValueFrom(http.get('/api/users'));
    controller
      .expectOne('/api/users')
      .flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });

    await expect(done).rejects.toBeTruthy();
    expect(session.isAuthenticated()).toBe(true);
  });
});
