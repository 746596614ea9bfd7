import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  GuardResult,
  Route,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { UserRole } from '@switchboard/contracts';

import { aUser } from '../../testing/fixtures';
import { rolesFor } from '../navigation/navigation';
import { authGuard, roleGuard } from './auth.guards';
import { SessionStore } from './session.store';

describe('route guards', () => {
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    router = TestBed.inject(Router);
  });

  async function signInAs(role: UserRole): Promise<void> {
    const done = TestBed.inject(SessionStore).login({ login: 'x', password: 'y' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', user: aUser({ role }) });
    await done;
  }

  function matchAs(route: Route): GuardResult {
    return TestBed.runInInjectionContext(() => roleGuard(route, [])) as GuardResult;
  }

  function urlOf(result: GuardResult): string {
    expect(result).toBeInstanceOf(UrlTree);
    return router.serializeUrl(result as UrlTree);
  }

  it('roleGuard lets a role in when the route allows it', async () => {
    await signInAs('supervisor');
    expect(matchAs({ path: 'reports', data: { roles: rolesFor('reports') } })).toBe(true);
  });

  it('roleGuard shows a forbidden role the no-access page naming who may open the section', async () => {
    await signInAs('operator');
    expect(urlOf(matchAs({ path: 'admin', data: { roles: rolesFor('admin') } }))).toBe(
      '/no-access?for=admin',
    );
    expect(urlOf(matchAs({ path: 'supervisor', data: { roles: rolesFor('supervisor') } }))).toBe(
      '/no-access?for=supervisor,admin',
    );
  });

  it('roleGuard refuses a route that lists no roles', async () => {
    await signInAs('admin');
    expect(urlOf(matchAs({ path: 'nowhere' }))).toBe('/no-access');
  });

  it('roleGuard sends a signed-out visitor to the login page', () => {
    expect(urlOf(matchAs({ path: 'admin', data: { roles: rolesFor('admin') } }))).toBe('/login');
  });

  it('authGuard sends a signed-out visitor to the login page and lets a user in', async () => {
    const run = (): GuardResult =>
      TestBed.runInInjectionContext(() =>
        authGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
      ) as GuardResult;
    expect(urlOf(run())).toBe('/login');
    await signInAs('operator');
    expect(run()).toBe(true);
  });
});
