import { DomainError } from '../../core/http/domain-error';

export class SoftphoneNotConfiguredError extends DomainError {
  constructor() {
    super('SOFTPHONE_NOT_CONFIGURED', 'The softphone is not configured on this server');
  }
}
