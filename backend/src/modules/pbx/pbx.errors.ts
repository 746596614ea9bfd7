import { DomainError } from '../../core/http/domain-error';

export class PbxNotConnectedError extends DomainError {
  constructor() {
    super('PBX_NOT_CONNECTED', 'The PBX link is down or not configured; try again shortly');
  }
}

export class PbxActionUnsupportedError extends DomainError {
  constructor(action: string) {
    super('PBX_ACTION_UNSUPPORTED', `This PBX does not support ${action}`);
  }
}

export class PbxActionFailedError extends DomainError {
  constructor(action: string, reason: string) {
    super('PBX_ACTION_FAILED', `The PBX refused ${action}: ${reason}`);
  }
}
