import { DomainError } from '../../core/http/domain-error';

export class TaskNotFoundError extends DomainError {
  constructor(id: string) {
    super('TASK_NOT_FOUND', `No task ${id}`);
  }
}
