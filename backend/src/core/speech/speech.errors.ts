import { DomainError } from '../http/domain-error';

/** espeak-ng or sox is not installed, failed or ran too long: nothing the caller of `speak` can fix. */
export class SpeechUnavailableError extends DomainError {
  constructor(program: string, reason: string) {
    super('SPEECH_UNAVAILABLE', `${program} could not produce the audio: ${reason}`, { program, reason });
  }
}

/** An uploaded recording sox cannot read as audio. */
export class RecordingUnreadableError extends DomainError {
  constructor(reason: string) {
    super('FILE_UNREADABLE', 'The recording cannot be read as audio', [
      { field: 'file', code: 'INVALID_FORMAT', reason },
    ]);
  }
}

export class RecordingTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super('FILE_TOO_LARGE', `The recording is larger than ${maxBytes} bytes`, [
      { field: 'file', code: 'TOO_LARGE', reason: `at most ${maxBytes} bytes` },
    ]);
  }
}
