import { DomainError } from '../../core/http/domain-error';

/** Deliberately silent about whether the login or the password was wrong. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'Wrong login or password');
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_ATTEMPTS', `Too many failed attempts; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

export class SessionNotFoundError extends DomainError {
  constructor(sessionId: string) {
    super('NOT_FOUND', `You have no live session ${sessionId}`);
  }
}
