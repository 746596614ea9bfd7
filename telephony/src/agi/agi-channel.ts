import { quoteAgiArgument as q } from './agi-arguments';
import { AgiReply, resultNumber } from './agi-reply';
import { AgiRequest } from './agi-request';
import { AgiSession } from './agi-session';

export interface AgiTimeouts {
  /** For commands answered at once (variables, VERBOSE, HANGUP). */
  commandMs: number;
  /** For commands that play audio or wait for digits (STREAM FILE, GET DATA, SAY NUMBER, EXEC). */
  mediaMs: number;
}

/** A prompt's outcome: the digit that stopped it, or null when it played to the end. */
export interface AgiPlayback {
  digit: string | null;
  /** The file could not be played (missing, or the caller hung up): Asterisk answers `result=-1`. */
  failed: boolean;
  /** Where playback stopped, in samples. */
  endpos: number | null;
}

export interface AgiDigits {
  digits: string;
  /** Asterisk stopped waiting before `maxDigits` were pressed (or `#`). */
  timedOut: boolean;
  failed: boolean;
}

/** `result=49` is the ASCII code of the digit pressed, `0` none, `-1` a failure. */
function playback(reply: AgiReply): AgiPlayback {
  const code = resultNumber(reply) ?? -1;
  const endpos = reply.attributes['endpos'] === undefined ? null : Number(reply.attributes['endpos']);
  return { digit: code > 0 ? String.fromCharCode(code) : null, failed: code < 0, endpos };
}

/**
 * The channel of one FastAGI call, with the commands the product uses, typed. Every method resolves with
 * Asterisk's answer, rejects with `AgiCommandError` for a 5xx status, with `AgiHangupError` once the caller
 * has hung up and with `AgiTimeoutError` when no reply comes (the connection is then closed).
 */
export class AgiChannel {
  constructor(
    readonly request: AgiRequest,
    private readonly session: AgiSession,
    private readonly timeouts: AgiTimeouts,
  ) {}

  get hungUp(): boolean {
    return this.session.hungUp;
  }

  /** Any command line, for what has no method here; arguments must already be quoted. */
  command(line: string, timeoutMs = this.timeouts.commandMs): Promise<AgiReply> {
    return this.session.send(line, timeoutMs);
  }

  async answer(): Promise<boolean> {
    return resultNumber(await this.command('ANSWER', this.timeouts.mediaMs)) === 0;
  }

  /** Plays `file` (no extension; absolute, or under Asterisk's sounds folder), stoppable by `escapeDigits`. */
  async streamFile(file: string, escapeDigits = '', timeoutMs = this.timeouts.mediaMs): Promise<AgiPlayback> {
    return playback(await this.command(`STREAM FILE ${q(file)} ${q(escapeDigits)}`, timeoutMs));
  }

  /** Plays `file` and collects up to `maxDigits` digits, waiting `digitTimeoutMs` after the prompt. */
  async getData(
    file: string,
    digitTimeoutMs: number,
    maxDigits: number,
    timeoutMs = this.timeouts.mediaMs,
  ): Promise<AgiDigits> {
    const reply = await this.command(`GET DATA ${q(file)} ${digitTimeoutMs} ${maxDigits}`, timeoutMs);
    const failed = reply.result === '-1';
    return { digits: failed ? '' : reply.result, timedOut: reply.data === 'timeout', failed };
  }

  /** Says a whole number with Asterisk's own recordings, in the channel's language. */
  async sayNumber(value: number, escapeDigits = '', gender?: 'f' | 'm' | 'c' | 'n'): Promise<AgiPlayback> {
    if (!Number.isInteger(value)) throw new TypeError('SAY NUMBER takes a whole number');
    const line = `SAY NUMBER ${value} ${q(escapeDigits)}${gender ? ` ${gender}` : ''}`;
    return playback(await this.command(line, this.timeouts.mediaMs));
  }

  async setVariable(name: string, value: string): Promise<void> {
    await this.command(`SET VARIABLE ${q(name)} ${q(value)}`);
  }

  /** The variable's value, or null when it is not set. Functions work too: `CHANNEL(linkedid)`. */
  async getVariable(name: string): Promise<string | null> {
    const reply = await this.command(`GET VARIABLE ${q(name)}`);
    return reply.result === '1' ? (reply.data ?? '') : null;
  }

  /** Runs a dialplan application; resolves with what it returns (`-2`: no such application). */
  async exec(application: string, options = ''): Promise<number> {
    const reply = await this.command(`EXEC ${q(application)} ${q(options)}`, this.timeouts.mediaMs);
    return resultNumber(reply) ?? -1;
  }

  async verbose(message: string, level = 1): Promise<void> {
    await this.command(`VERBOSE ${q(message)} ${level}`);
  }

  async hangup(): Promise<void> {
    await this.command('HANGUP');
  }
}
