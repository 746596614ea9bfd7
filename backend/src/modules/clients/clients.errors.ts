import { DomainError } from '../../core/http/domain-error';

export class ClientNotFoundError extends DomainError {
  constructor(what: string) {
    super('CLIENT_NOT_FOUND', `No client ${what}`);
  }
}

export class ClientNotDeletedError extends DomainError {
  constructor(id: string) {
    super('CLIENT_NOT_DELETED', `Client ${id} is not in the bin`);
  }
}

export class MergeWithItselfError extends DomainError {
  constructor() {
    super('MERGE_WITH_ITSELF', 'A client cannot be merged into itself', [
      { field: 'sourceId', code: 'NOT_ALLOWED', reason: 'must be another client' },
    ]);
  }
}
