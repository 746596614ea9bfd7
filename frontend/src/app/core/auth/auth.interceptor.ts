import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';

import { SessionStore } from './session.store';

const LOGIN_URL = '/api/auth/login';

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

/** Adds the bearer token to API calls; a 401 on anything but login means the session is over. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) {
    return next(request);
  }
  const session = inject(SessionStore);
  const token = session.token();
  const authorized = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorized).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && request.url !== LOGIN_URL) {
        session.logout('expired');
      }
      return throwError(() => error);
    }),
  );
};
