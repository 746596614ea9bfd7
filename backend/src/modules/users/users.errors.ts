import { DomainError } from '../../core/http/domain-error';

export class UserNotFoundError extends DomainError {
  constructor(id: string) {
    super('USER_NOT_FOUND', `User ${id} does not exist`);
  }
}

export class LoginTakenError extends DomainError {
  constructor(login: string) {
    super('LOGIN_TAKEN', `Login "${login}" is already taken`, [
      { field: 'login', code: 'TAKEN', reason: 'is already taken' },
    ]);
  }
}

export class ExtensionTakenError extends DomainError {
  constructor(extension: string) {
    super('EXTENSION_TAKEN', `Extension ${extension} already belongs to another user`, [
      { field: 'extension', code: 'TAKEN', reason: 'already belongs to another user' },
    ]);
  }
}

export class WrongPasswordError extends DomainError {
  constructor() {
    super('WRONG_PASSWORD', 'The current password is wrong', [
      { field: 'currentPassword', code: 'INVALID', reason: 'is wrong' },
    ]);
  }
}

export class SelfLockoutError extends DomainError {
  constructor() {
    super('FORBIDDEN', 'You cannot deactivate your own account or take away your own admin role');
  }
}

/** The user has no SIP extension: no softphone, no click-to-call, no queues. */
export class NoExtensionError extends DomainError {
  constructor() {
    super('NO_EXTENSION', 'You have no SIP extension; an administrator sets one in user administration');
  }
}
