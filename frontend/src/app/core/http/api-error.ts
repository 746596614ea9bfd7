import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, ERROR_CODES, ErrorCode, FieldError } from '@switchboard/contracts';

/** What the UI knows about a failed request: the API's code when it sent one, the HTTP status always. */
export interface RequestFailure {
  status: number;
  code: ErrorCode | null;
  message: string;
  fieldErrors: FieldError[];
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const code = (body as { code?: unknown }).code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

function isFieldError(item: unknown): item is FieldError {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as FieldError).field === 'string' &&
    typeof (item as FieldError).reason === 'string'
  );
}

/** Turns anything an HTTP call throws into one predictable shape. */
export function toRequestFailure(error: unknown): RequestFailure {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  if (!isApiError(body)) {
    return { status, code: null, message: '', fieldErrors: [] };
  }
  const details = Array.isArray(body.details) ? body.details.filter(isFieldError) : [];
  return { status, code: body.code, message: body.message, fieldErrors: details };
}

/** Translation key for a failure with no better place to be shown than a banner. */
export function failureMessageKey(failure: RequestFailure): string {
  if (failure.status === 0) {
    return 'errors.network';
  }
  switch (failure.code) {
    case 'INVALID_CREDENTIALS':
      return 'errors.invalidCredentials';
    case 'TOO_MANY_ATTEMPTS':
      return 'errors.tooManyAttempts';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'USER_NOT_FOUND':
    case 'NOT_FOUND':
      return 'errors.notFound';
    case 'VALIDATION_FAILED':
      return 'errors.validationFailed';
    default:
      return 'errors.unexpected';
  }
}
