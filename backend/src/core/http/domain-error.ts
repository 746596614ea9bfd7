import { ErrorCode, FieldError } from '@switchboard/contracts';

/**
 * The one error type services throw. The global filter maps `code` to an HTTP status,
 * so services never know about HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(details: FieldError[]) {
    const fields = [...new Set(details.map((detail) => detail.field))];
    super('VALIDATION_FAILED', `Invalid ${fields.join(', ')}`, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super('FORBIDDEN', message);
  }
}
