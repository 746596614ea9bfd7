import { DomainError } from '../../core/http/domain-error';

export class ClientNotFoundError extends DomainError {
  constructor(what: string) {
    super('CLIENT_NOT_FOUND', `No client ${what}`);
  }
}
