import { AddressInfo, Server, Socket, createServer } from 'node:net';
import { AgiChannel, AgiTimeouts } from './agi-channel';
import { AgiHangupError, AgiProtocolError } from './agi-errors';
import { AgiSession } from './agi-session';

/** Runs one call's dialogue; when it resolves the connection is closed and the dialplan goes on. */
export type AgiHandler = (channel: AgiChannel) => Promise<void>;

export interface AgiLogEntry {
  level: 'debug' | 'warn' | 'error';
  message: string;
  /** The channel's `agi_uniqueid`, once the environment has been read. */
  uniqueId?: string;
  remote?: string;
  error?: unknown;
}

export interface FastAgiServerOptions {
  /** Handlers by script: `agi://host:4573/selfservice` runs `scripts.selfservice`. */
  scripts: Record<string, AgiHandler>;
  log?: (entry: AgiLogEntry) => void;
  /** `dialogueMs`: the longest one call may stay in a script; then the connection is closed. */
  timeouts?: Partial<AgiTimeouts> & { environmentMs?: number; dialogueMs?: number };
}

/** The port Asterisk connects to unless the address names another. */
export const FASTAGI_DEFAULT_PORT = 4573;

/**
 * A FastAGI server: Asterisk's `AGI(agi://…)` connects, sends the call's environment and then obeys the
 * commands of the handler for that script. A fault on one call (a handler error, malformed input, a
 * timeout) is logged and ends that connection only; the server itself never throws.
 */
export class FastAgiServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly timeouts: AgiTimeouts & { environmentMs: number; dialogueMs: number };

  constructor(private readonly options: FastAgiServerOptions) {
    this.timeouts = {
      commandMs: 10_000,
      mediaMs: 120_000,
      environmentMs: 5_000,
      dialogueMs: 10 * 60_000,
      ...options.timeouts,
    };
    this.server = createServer((socket) => this.accept(socket));
    this.server.on('error', (error) => this.log({ level: 'error', message: 'FastAGI server error', error }));
  }

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Stops listening and drops the calls in progress: Asterisk carries each on with its dialplan. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    const remote = `${socket.remoteAddress}:${socket.remotePort}`;
    const session = new AgiSession(socket, {
      environmentTimeoutMs: this.timeouts.environmentMs,
      onMalformed: (reason, line) =>
        this.log({
          level: 'warn',
          message: `Malformed AGI input (${reason}): ${JSON.stringify(line)}`,
          remote,
        }),
    });
    void this.converse(session, remote);
  }

  private async converse(session: AgiSession, remote: string): Promise<void> {
    let uniqueId: string | undefined;
    // A handler stuck (on a database, say) must not keep the caller from the queue for ever.
    const deadline = setTimeout(() => {
      this.log({ level: 'warn', message: 'FastAGI dialogue took too long; closed', uniqueId, remote });
      session.destroy();
    }, this.timeouts.dialogueMs);
    try {
      const request = await session.ready;
      uniqueId = request.uniqueId;
      const handler = this.options.scripts[request.script];
      if (!handler) {
        this.log({ level: 'warn', message: `No FastAGI script "${request.script}"`, uniqueId, remote });
        return;
      }
      await handler(new AgiChannel(request, session, this.timeouts));
    } catch (error) {
      if (error instanceof AgiHangupError) {
        this.log({ level: 'debug', message: error.message, uniqueId, remote });
      } else if (!(error instanceof AgiProtocolError)) {
        // Protocol faults were logged as they were read; anything else is the handler's or a timeout.
        this.log({
          level: 'error',
          message: `FastAGI dialogue failed: ${messageOf(error)}`,
          uniqueId,
          remote,
          error,
        });
      }
    } finally {
      clearTimeout(deadline);
      session.end();
    }
  }

  private log(entry: AgiLogEntry): void {
    try {
      this.options.log?.(entry);
    } catch {
      // A logger that throws must not take a call down with it.
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
