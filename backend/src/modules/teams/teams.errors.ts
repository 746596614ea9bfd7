import { DomainError } from '../../core/http/domain-error';

export class TeamNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `Team ${id} does not exist`);
  }
}

/** A 400 on the name field, so the form shows it there; names differing only in case count as one. */
export class TeamNameTakenError extends DomainError {
  constructor(name: string) {
    super('VALIDATION_FAILED', `A team named "${name}" exists`, [
      { field: 'name', code: 'TAKEN', reason: 'is already used by another team' },
    ]);
  }
}

export class UnknownMembersError extends DomainError {
  constructor() {
    super('VALIDATION_FAILED', 'A member names no user', [
      { field: 'memberIds', code: 'NOT_FOUND', reason: 'names users that do not exist' },
    ]);
  }
}
