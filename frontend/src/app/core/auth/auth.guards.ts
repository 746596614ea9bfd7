import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { UserRole } from '@switchboard/contracts';

import { firstAllowedPath } from '../navigation/navigation';
import { SessionStore } from './session.store';

/** Route data key holding the roles a route allows. */
export const ROLES_KEY = 'roles';

/** Lets signed-in users through; sends everyone else to the login page. */
export const authGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  return session.isAuthenticated() || inject(Router).parseUrl('/login');
};

/** Keeps signed-in users off the login page. */
export const guestGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  return !session.isAuthenticated() || inject(Router).parseUrl(firstAllowedPath(session.role()));
};

/** The page saying a section is not open to the user's role. */
export const NO_ACCESS_PATH = '/no-access';

/**
 * Matches a route only for the roles in its `data.roles`; otherwise shows the no-access page naming the
 * roles that may open it. Used as `canMatch` so a forbidden feature's code is never even loaded.
 */
export const roleGuard: CanMatchFn = (route) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const role = session.role();
  if (role === null) {
    return router.parseUrl('/login');
  }
  const allowed = (route.data?.[ROLES_KEY] as readonly UserRole[] | undefined) ?? [];
  if (allowed.includes(role)) return true;
  return router.createUrlTree([NO_ACCESS_PATH], { queryParams: { for: allowed.join(',') || null } });
};
