import { ErrorCode, FieldError, FieldErrorCode } from '@switchboard/contracts';

/** A field error as the server sends it: always with a code, so the interface can say why in any language. */
export type CodedFieldError = FieldError & { code: FieldErrorCode };

/**
 * The one error type services throw. The global filter maps `code` to an HTTP status,
 * so services never know about HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: CodedFieldError[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(details: CodedFieldError[]) {
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
