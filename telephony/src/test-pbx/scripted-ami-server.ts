import { AddressInfo, Server, Socket, createServer } from 'node:net';
import { amiFrame } from '../asterisk-ami/ami-frame';
import { AmiMessage, AmiParser } from '../asterisk-ami/ami-parser';

export interface ScriptedAmiServerOptions {
  username: string;
  secret: string;
}

/** Actions answered by an event list, and the event that closes each list. */
const LIST_ACTIONS: Record<string, string> = {
  coreshowchannels: 'CoreShowChannelsComplete',
  queuestatus: 'QueueStatusComplete',
  queuesummary: 'QueueSummaryComplete',
};

/** An action the scripted PBX answers with `Response: Error`, as Asterisk does for a channel it does not have. */
export interface ActionRefusal {
  error: string;
}

/** Frames a test sends after answering an action (an Originate's first events, say), or why it is refused. */
export type ActionScript = (action: AmiMessage) => string[] | ActionRefusal;

/** Frames of a recorded AMI stream that are events, as raw text (responses belong to the recorded client). */
export function recordedEvents(stream: Buffer | string): string[] {
  const text = stream.toString().replace(/^Asterisk Call Manager\/\S+\r?\n/, '');
  return text
    .split(/\r?\n\r?\n/)
    .filter((frame) => /^Event:/im.test(frame))
    .map((frame) => `${frame.replace(/\r?\n/g, '\r\n')}\r\n\r\n`);
}

/**
 * A PBX for tests that speaks the AMI wire protocol on a TCP port: it greets like Asterisk 22, checks the
 * login, answers Ping, list actions (empty lists) and any other action with Success, and replays recorded
 * event streams to every logged-in session. It is the PBX's stand-in, not a PBX: the recordings are the
 * truth about what Asterisk sends.
 */
export class ScriptedAmiServer {
  private readonly server: Server;
  private readonly sessions = new Set<Socket>();
  private readonly lists = new Map<string, Record<string, string | number>[]>();
  private readonly scripts = new Map<string, ActionScript>();
  private waiters: { name: string; resolve: (action: AmiMessage) => void }[] = [];
  private loginsToRefuse = 0;
  readonly actions: AmiMessage[] = [];

  constructor(private readonly options: ScriptedAmiServerOptions) {
    this.server = createServer((socket) => this.accept(socket));
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Sends frames (recorded events, or anything written by a test) to every logged-in session. */
  broadcast(frames: string[]): void {
    for (const socket of this.sessions) {
      for (const frame of frames) socket.write(frame);
    }
  }

  /** Refuses the next logins even with the right secret, as Asterisk does while its manager reloads. */
  refuseNextLogins(count: number): void {
    this.loginsToRefuse = count;
  }

  /** What a list action (CoreShowChannels, QueueStatus) answers from now on: its items' headers. */
  setList(action: string, items: Record<string, string | number>[]): void {
    this.lists.set(action.toLowerCase(), items);
  }

  /** Frames to send to every session after `action` is answered. */
  onAction(action: string, script: ActionScript): void {
    this.scripts.set(action.toLowerCase(), script);
  }

  /** The script `onAction` set for `action`, so another can wrap it. */
  scriptOf(action: string): ActionScript | undefined {
    return this.scripts.get(action.toLowerCase());
  }

  /** Resolves with the next action of that name the server receives. */
  nextAction(action: string): Promise<AmiMessage> {
    return new Promise((resolve) => this.waiters.push({ name: action.toLowerCase(), resolve }));
  }

  /** Drops every connection, as a PBX restart would; the server keeps listening. */
  dropConnections(): void {
    for (const socket of this.sessions) socket.destroy();
    this.sessions.clear();
  }

  get loggedIn(): number {
    return this.sessions.size;
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    // Without it Nagle holds the next frames back while the client's Ping waits for its delayed ACK (~40 ms).
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    socket.once('close', () => this.sessions.delete(socket));
    const parser = new AmiParser({
      message: (action) => this.answer(socket, action),
      malformed: () => socket.write(amiFrame({ Response: 'Error', Message: 'Missing action in request' })),
    });
    socket.on('data', (chunk) => parser.push(chunk));
    socket.write('Asterisk Call Manager/11.0.0\r\n');
  }

  private answer(socket: Socket, action: AmiMessage): void {
    this.actions.push(action);
    const name = (action['action'] ?? '').toLowerCase();
    const actionId = action['actionid'];
    if (name === 'login') {
      const refusing = this.loginsToRefuse > 0;
      if (refusing) this.loginsToRefuse--;
      const accepted =
        !refusing && action['username'] === this.options.username && action['secret'] === this.options.secret;
      socket.write(
        amiFrame({
          Response: accepted ? 'Success' : 'Error',
          ActionID: actionId,
          Message: accepted ? 'Authentication accepted' : 'Authentication failed',
        }),
      );
      if (accepted) this.sessions.add(socket);
      else socket.end();
      return;
    }
    if (!this.sessions.has(socket)) {
      socket.write(amiFrame({ Response: 'Error', ActionID: actionId, Message: 'Permission denied' }));
      return;
    }
    if (name === 'ping') {
      socket.write(
        amiFrame({ Response: 'Success', ActionID: actionId, Ping: 'Pong', Timestamp: Date.now() / 1000 }),
      );
    } else if (name in LIST_ACTIONS) {
      this.answerList(socket, name, actionId);
    } else if (name === 'logoff') {
      socket.write(
        amiFrame({ Response: 'Goodbye', ActionID: actionId, Message: 'Thanks for all the fish.' }),
      );
      socket.end();
    } else {
      this.run(socket, action, name, actionId);
    }
    const [waiting, others] = partition(this.waiters, (waiter) => waiter.name === name);
    this.waiters = others;
    waiting.forEach((waiter) => waiter.resolve(action));
  }

  private run(socket: Socket, action: AmiMessage, name: string, actionId: string | undefined): void {
    const outcome = this.scripts.get(name)?.(action) ?? [];
    if (!Array.isArray(outcome)) {
      socket.write(amiFrame({ Response: 'Error', ActionID: actionId, Message: outcome.error }));
      return;
    }
    socket.write(amiFrame({ Response: 'Success', ActionID: actionId, Message: 'Accepted' }));
    this.broadcast(outcome);
  }

  private answerList(socket: Socket, name: string, actionId: string | undefined): void {
    const items = this.lists.get(name) ?? [];
    socket.write(
      amiFrame({ Response: 'Success', ActionID: actionId, EventList: 'start', Message: 'List follows' }),
    );
    for (const item of items) socket.write(amiFrame({ ...item, ActionID: actionId }));
    socket.write(
      amiFrame({
        Event: LIST_ACTIONS[name],
        ActionID: actionId,
        EventList: 'Complete',
        ListItems: items.length,
      }),
    );
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
