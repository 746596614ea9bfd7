import { DomainError } from '../../core/http/domain-error';

export class CallNotFoundError extends DomainError {
  constructor(id: string) {
    super('CALL_NOT_FOUND', `No call ${id}`);
  }
}
