import { DomainError } from '../../core/http/domain-error';

/** Readiness probe: a dependency is down; the body names none of them. */
export class NotReadyError extends DomainError {
  constructor() {
    super('NOT_READY', 'Not ready to serve requests');
  }
}
