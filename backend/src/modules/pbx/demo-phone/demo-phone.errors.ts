import { DomainError } from '../../../core/http/domain-error';

export class DemoPhoneUnavailableError extends DomainError {
  constructor() {
    super('DEMO_PHONE_UNAVAILABLE', 'The demo phone works only with the simulated PBX (PBX_MODE=simulator)');
  }
}

export class DemoPhoneNoCallError extends DomainError {
  constructor(action: string) {
    super('DEMO_PHONE_NO_CALL', `No call at your extension can be told to ${action} now`);
  }
}
