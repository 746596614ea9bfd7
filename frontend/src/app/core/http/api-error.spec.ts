import { HttpErrorResponse } from '@angular/common/http';

import { failureMessageKey, toRequestFailure } from './api-error';

const httpError = (status: number, error: unknown): HttpErrorResponse =>
  new HttpErrorResponse({ status, error });

describe('toRequestFailure', () => {
  it('reads the code and the field details of an ApiError body', () => {
    const failure = toRequestFailure(
      httpError(400, {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [{ field: 'login', reason: 'too short' }, { unrelated: true }],
      }),
    );
    expect(failure).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      fieldErrors: [{ field: 'login', reason: 'too short' }],
    });
  });

  it('treats a body that is not an ApiError as having no code', () => {
    expect(toRequestFailure(httpError(502, '<html>Bad gateway</html>')).code).toBeNull();
    expect(toRequestFailure(new Error('boom')).status).toBe(0);
  });
});

describe('failureMessageKey', () => {
  it('names the network, credentials and throttling failures', () => {
    expect(failureMessageKey(toRequestFailure(httpError(0, null)))).toBe('errors.network');
    expect(
      failureMessageKey(toRequestFailure(httpError(401, { code: 'INVALID_CREDENTIALS', message: '' }))),
    ).toBe('errors.invalidCredentials');
    expect(
      failureMessageKey(toRequestFailure(httpError(429, { code: 'TOO_MANY_ATTEMPTS', message: '' }))),
    ).toBe('errors.tooManyAttempts');
    expect(failureMessageKey(toRequestFailure(httpError(500, { code: 'INTERNAL', message: '' })))).toBe(
      'errors.unexpected',
    );
  });
});
