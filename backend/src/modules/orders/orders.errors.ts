import { DomainError } from '../../core/http/domain-error';

export class OrderNotFoundError extends DomainError {
  constructor(id: string) {
    super('ORDER_NOT_FOUND', `Order ${id} does not exist`);
  }
}

export class StageNotFoundError extends DomainError {
  constructor(stage: string, field = 'stage') {
    super('VALIDATION_FAILED', `There is no stage "${stage}"`, [
      { field, code: 'NOT_FOUND', reason: `"${stage}" is not a stage` },
    ]);
  }
}
