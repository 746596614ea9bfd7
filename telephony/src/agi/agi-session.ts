import { Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { AgiCommandError, AgiHangupError, AgiProtocolError, AgiTimeoutError, verb } from './agi-errors';
import { AgiReply, parseAgiLine } from './agi-reply';
import { AGI_ENVIRONMENT_LINE, AgiRequest, agiRequestFrom } from './agi-request';

/** Longest line accepted from Asterisk; its own read buffer for a command is 2 KiB, a variable's value 4 KiB. */
const MAX_LINE = 16 * 1024;
const MAX_ENVIRONMENT_LINES = 256;

export interface AgiSessionOptions {
  environmentTimeoutMs: number;
  /** Something Asterisk's side must not send: the session is closed after this is called. */
  onMalformed: (reason: string, line: string) => void;
}

interface Pending {
  command: string;
  resolve: (reply: AgiReply) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  /** Lines of a `520-` usage text being collected, or null. */
  usage: string[] | null;
}

/**
 * One FastAGI connection's line protocol: the `agi_*` environment up to its blank line, then commands
 * sent one at a time, each waiting for its status line. `HANGUP` from Asterisk may come at any moment.
 */
export class AgiSession {
  private readonly decoder = new StringDecoder('utf8');
  private buffer = '';
  private readonly environment: Record<string, string> = {};
  private environmentLines = 0;
  private request: AgiRequest | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private hungUpFlag = false;
  private closed = false;
  /** Set when the other side broke the protocol; later commands fail with it rather than as a hangup. */
  private failure: AgiProtocolError | null = null;
  private readonly hangupListeners: Array<() => void> = [];
  private readonly environmentTimer: NodeJS.Timeout;
  readonly ready: Promise<AgiRequest>;
  // Both are assigned by the Promise executor in the constructor, which runs synchronously.
  private resolveReady!: (request: AgiRequest) => void;
  private rejectReady!: (error: Error) => void;

  constructor(
    private readonly socket: Socket,
    private readonly options: AgiSessionOptions,
  ) {
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    // Nobody may be waiting yet; the rejection is still read by whoever awaits `ready` later.
    this.ready.catch(() => undefined);
    this.environmentTimer = setTimeout(
      () => this.fail('no complete environment in time', ''),
      options.environmentTimeoutMs,
    );
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.read(this.decoder.write(chunk)));
    socket.on('error', () => undefined);
    socket.once('close', () => this.onClose());
  }

  get hungUp(): boolean {
    return this.hungUpFlag || this.closed;
  }

  onHangup(listener: () => void): void {
    this.hangupListeners.push(listener);
  }

  /** Sends one command line and resolves with its `200` reply; commands issued together go in turn. */
  send(command: string, timeoutMs: number): Promise<AgiReply> {
    const turn = this.queue.then(() => this.exchange(command, timeoutMs));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Ends the dialogue: Asterisk goes on with the dialplan after AGI(). */
  end(): void {
    if (this.closed) return;
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }

  private exchange(command: string, timeoutMs: number): Promise<AgiReply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.hungUp) return Promise.reject(new AgiHangupError(verb(command), 'the caller hung up'));
    return new Promise<AgiReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        reject(new AgiTimeoutError(command, timeoutMs));
        // A late reply would be read as the answer to the next command: the dialogue cannot go on.
        this.socket.destroy();
      }, timeoutMs);
      this.pending = { command, resolve, reject, timer, usage: null };
      this.socket.write(`${command}\n`);
    });
  }

  private read(text: string): void {
    this.buffer += text;
    let newline: number;
    while (!this.closed && (newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, '');
      this.buffer = this.buffer.slice(newline + 1);
      if (this.request) this.dialogueLine(line);
      else this.environmentLine(line);
    }
    if (this.buffer.length > MAX_LINE) this.fail('line too long', this.buffer.slice(0, 80));
  }

  private environmentLine(line: string): void {
    if (line === '') {
      const request = agiRequestFrom(this.environment);
      if (!request) return this.fail('environment without agi_request or agi_channel', '');
      clearTimeout(this.environmentTimer);
      this.request = request;
      this.resolveReady(request);
      return;
    }
    const match = AGI_ENVIRONMENT_LINE.exec(line);
    if (!match) return this.fail('not an agi_* environment line', line);
    if (++this.environmentLines > MAX_ENVIRONMENT_LINES) return this.fail('environment too long', line);
    this.environment[match[1]] = match[2] ?? '';
  }

  private dialogueLine(line: string): void {
    const pending = this.pending;
    if (pending?.usage) {
      if (!line.startsWith('520 ')) {
        pending.usage.push(line);
        return;
      }
      return this.settle(new AgiCommandError(pending.command, 520, pending.usage.join('\n')));
    }
    if (line === '') return;
    const parsed = parseAgiLine(line);
    if (parsed.kind === 'hangup') return this.markHungUp();
    if (parsed.kind === 'malformed') return this.fail(parsed.reason, line);
    if (!pending) return this.fail('a reply while no command was sent', line);
    if (parsed.kind === 'success') return this.settle(null, parsed.reply);
    if (!parsed.final && parsed.status === 520) {
      pending.usage = [parsed.text];
      return;
    }
    this.settle(
      parsed.status === 511
        ? new AgiHangupError(verb(pending.command), parsed.text)
        : new AgiCommandError(pending.command, parsed.status, parsed.text),
    );
  }

  private settle(error: Error | null, reply?: AgiReply): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else if (reply) pending.resolve(reply);
  }

  private markHungUp(): void {
    if (this.hungUpFlag) return;
    this.hungUpFlag = true;
    for (const listener of this.hangupListeners) listener();
  }

  private fail(reason: string, line: string): void {
    if (this.closed) return;
    this.closed = true;
    this.failure = new AgiProtocolError(`Malformed AGI input: ${reason}`);
    this.options.onMalformed(reason, line.slice(0, 200));
    this.settle(this.failure);
    this.rejectReady(this.failure);
    this.socket.destroy();
  }

  private onClose(): void {
    this.closed = true;
    clearTimeout(this.environmentTimer);
    this.rejectReady(new AgiHangupError(null, 'the connection closed before the environment'));
    this.settle(
      new AgiHangupError(this.pending ? verb(this.pending.command) : null, 'the connection closed'),
    );
    this.markHungUp();
  }
}
