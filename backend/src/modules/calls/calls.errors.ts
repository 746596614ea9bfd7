import { DomainError } from '../../core/http/domain-error';

export class CallNotFoundError extends DomainError {
  constructor(id: string) {
    super('CALL_NOT_FOUND', `No call ${id}`);
  }
}

/** No recording to play: none was made, its file is gone, or the link is not (or no longer) valid. */
export class RecordingNotFoundError extends DomainError {
  constructor(of: string) {
    super('NOT_FOUND', `No recording for ${of}`);
  }
}
