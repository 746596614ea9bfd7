import { EventEmitter } from 'node:events';
import { Socket, connect } from 'node:net';
import { amiFrame } from './ami-frame';
import { AmiMessage, AmiParser } from './ami-parser';

export interface AmiClientOptions {
  host: string;
  port: number;
  username: string;
  secret: string;
  /** A Ping is sent this often; a missing Pong drops the link so it reconnects. */
  keepAliveMs?: number;
  /** How long an action may wait for its response. */
  actionTimeoutMs?: number;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  /**
   * Sees every event frame as it is read, for measuring the link from outside (an events-per-second
   * counter, say). Called synchronously on the socket's read: it must be cheap and must not throw.
   */
  onEventRead?: (event: AmiMessage, readAt: number) => void;
  /** False: log in with `Events: off`, for a session that only sends actions. */
  events?: boolean;
}

export class AmiActionError extends Error {
  constructor(
    readonly action: string,
    readonly response: AmiMessage,
  ) {
    super(`AMI ${action} failed: ${response['message'] ?? 'no reason given'}`);
  }
}

interface Pending {
  action: string;
  resolve: (messages: AmiMessage[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  list: boolean;
  items: AmiMessage[];
  response: AmiMessage | null;
}

export interface AmiClientEvents {
  /** Logged in, first time or after a reconnect: resync live state now. */
  connected: [];
  disconnected: [reason: string];
  /**
   * The PBX refused the login: a wrong user or secret, or a manager reload. The client goes on trying
   * with backoff until it is closed, since only the PBX's side can change.
   */
  refused: [error: AmiActionError];
  /** `readAt`: `performance.now()` when the chunk holding the frame came off the socket. */
  event: [event: AmiMessage, readAt: number];
  malformed: [frame: string, reason: string];
}

/**
 * A typed AMI client over TCP: login, ActionID-correlated responses as promises, event lists collected to
 * their `Complete` event, a keep-alive Ping, and reconnection with exponential backoff and a new login.
 */
export class AmiClient extends EventEmitter<AmiClientEvents> {
  private socket: Socket | null = null;
  private readonly pending = new Map<string, Pending>();
  private sequence = 0;
  private keepAlive: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closing = false;
  /** When the chunk being parsed was read; the parser hands its frames over synchronously. */
  private chunkReadAt = 0;
  private readonly parser = new AmiParser({
    message: (message) => this.dispatch(message),
    malformed: (frame, reason) => this.emit('malformed', frame, reason),
  });

  constructor(private readonly options: AmiClientOptions) {
    super();
  }

  get connected(): boolean {
    return this.socket !== null && !this.socket.destroyed;
  }

  /**
   * Connects and logs in, retrying with backoff while the PBX cannot be reached or refuses the login;
   * resolves once logged in, rejects at the first refusal (the retries go on in the background).
   */
  connect(): Promise<void> {
    this.closing = false;
    return new Promise<void>((resolve, reject) => {
      const connected = () => {
        this.off('refused', refused);
        resolve();
      };
      const refused = (error: AmiActionError) => {
        this.off('connected', connected);
        reject(error);
      };
      this.once('connected', connected);
      this.once('refused', refused);
      this.attempt();
    });
  }

  action(name: string, fields: Record<string, string | number | undefined> = {}): Promise<AmiMessage> {
    return this.send(name, fields, false).then(([response]) => response);
  }

  /** An action answered by an event list (CoreShowChannels, QueueStatus): the list's items. */
  actionList(name: string, fields: Record<string, string | number | undefined> = {}): Promise<AmiMessage[]> {
    return this.send(name, fields, true);
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.connected) await this.action('Logoff').catch(() => undefined);
    this.teardown('closed');
  }

  /** One connection attempt; a lost or failed connection schedules the next (see `onClose`). */
  private attempt(): void {
    const socket = connect({ host: this.options.host, port: this.options.port });
    socket.setNoDelay(true);
    this.parser.reset();
    this.socket = socket;
    // What `disconnected` says when this socket closes: a refused login is no lost connection.
    let closeReason = 'connection lost';
    socket.on('data', (chunk) => {
      this.chunkReadAt = performance.now();
      this.parser.push(chunk);
    });
    socket.on('error', () => undefined);
    socket.once('close', () => this.onClose(socket, closeReason));
    socket.once('connect', () => {
      this.action('Login', {
        Username: this.options.username,
        Secret: this.options.secret,
        Events: this.options.events === false ? 'off' : undefined,
      })
        .then(() => {
          this.failures = 0;
          this.startKeepAlive();
          this.emit('connected');
        })
        .catch((error: Error) => {
          if (error instanceof AmiActionError) {
            closeReason = `login refused: ${error.response['message'] ?? 'no reason given'}`;
            this.emit('refused', error);
          }
          socket.destroy();
        });
    });
  }

  private send(name: string, fields: Record<string, string | number | undefined>, list: boolean) {
    return new Promise<AmiMessage[]>((resolve, reject) => {
      if (!this.socket || this.socket.destroyed) return reject(new Error(`AMI ${name}: not connected`));
      const actionId = `sb-${++this.sequence}`;
      const timer = setTimeout(() => {
        this.pending.delete(actionId);
        reject(new Error(`AMI ${name}: no response in ${this.options.actionTimeoutMs ?? 10_000} ms`));
      }, this.options.actionTimeoutMs ?? 10_000);
      this.pending.set(actionId, { action: name, resolve, reject, timer, list, items: [], response: null });
      this.socket.write(amiFrame({ Action: name, ActionID: actionId, ...fields }));
    });
  }

  private dispatch(message: AmiMessage): void {
    const pending = message['actionid'] ? this.pending.get(message['actionid']) : undefined;
    if (!pending) {
      if (!message['event']) return;
      this.options.onEventRead?.(message, this.chunkReadAt);
      this.emit('event', message, this.chunkReadAt);
      return;
    }
    if (message['response']) {
      if (message['response'] === 'Error')
        return this.settle(message['actionid'], new AmiActionError(pending.action, message));
      pending.response = message;
      if (!pending.list || message['eventlist'] !== 'start') return this.settle(message['actionid']);
      return;
    }
    if (message['eventlist'] === 'Complete') return this.settle(message['actionid']);
    pending.items.push(message);
  }

  private settle(actionId: string, error?: Error): void {
    const pending = this.pending.get(actionId);
    if (!pending) return;
    this.pending.delete(actionId);
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(pending.list ? pending.items : [pending.response ?? {}]);
  }

  private startKeepAlive(): void {
    const every = this.options.keepAliveMs ?? 15_000;
    this.keepAlive = setInterval(() => {
      this.action('Ping').catch(() => this.socket?.destroy());
    }, every);
  }

  private onClose(socket: Socket, reason: string): void {
    if (socket !== this.socket) return;
    this.teardown(reason);
    if (!this.closing) this.scheduleReconnect();
  }

  private teardown(reason: string): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = null;
    for (const actionId of [...this.pending.keys()]) this.settle(actionId, new Error(`AMI link ${reason}`));
    const wasOpen = this.socket !== null;
    this.socket?.destroy();
    this.socket = null;
    if (wasOpen) this.emit('disconnected', reason);
  }

  private scheduleReconnect(): void {
    const min = this.options.reconnectMinMs ?? 500;
    const delay = Math.min(this.options.reconnectMaxMs ?? 30_000, min * 2 ** this.failures++);
    this.reconnectTimer = setTimeout(() => this.attempt(), delay);
  }
}
