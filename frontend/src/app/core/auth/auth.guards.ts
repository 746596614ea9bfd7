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

/**
 * Matches a route only for the roles in its `data.roles`; otherwise redirects to the first section
 * the user may open. Used as `canMatch` so a forbidden feature's code is never even loaded.
 */
export const roleGuard: CanMatchFn = (route) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const role = session.role();
  if (role === null) {
    return router.parseUrl('/login');
  }
  const allowed = (route.data?.[ROLES_KEY] as readonly UserRole[] | undefined) ?? [];
  return allowed.includes(role) || router.parseUrl(firstAllowedPath(role));
};
