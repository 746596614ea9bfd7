/** Asterisk answered a command with an error status: 510 (unknown command), 520 (wrong syntax, with usage). */
export class AgiCommandError extends Error {
  constructor(
    readonly command: string,
    readonly status: number,
    readonly text: string,
  ) {
    super(`AGI ${verb(command)} failed with ${status}: ${text.split('\n')[0]}`);
  }
}

/**
 * The caller hung up (Asterisk sent `HANGUP`, answered 511 for a dead channel, or closed the connection).
 * Not a fault: the dialogue is over, and the server ends it quietly.
 */
export class AgiHangupError extends Error {
  constructor(
    readonly command: string | null,
    reason: string,
  ) {
    super(`AGI dialogue ended: ${reason}`);
  }
}

export class AgiTimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`AGI ${verb(command)}: no reply in ${timeoutMs} ms`);
  }
}

/** Asterisk's side sent something the protocol does not allow; the connection is closed. */
export class AgiProtocolError extends Error {}

/** The command's name without its arguments, for messages that must not carry what a caller typed. */
export function verb(command: string): string {
  return command.split(' ', 2).join(' ').toUpperCase();
}
