import {
  AGENT_NAMESPACE,
  ApiError,
  ClientToServerEvents,
  ServerToClientEvents,
  WallboardChanges,
  WallboardSnapshot,
} from '@switchboard/contracts';
import { io, Socket } from 'socket.io-client';
import { AuthHeader } from './auth-headers';

type EventName = keyof ServerToClientEvents;
export type Received = { event: EventName; payload: unknown };

/** A console's socket on /agent that keeps every event it receives, in order. */
export interface AgentClient {
  received: Received[];
  /** Payloads of one event. */
  of<E extends EventName>(event: E): Parameters<ServerToClientEvents[E]>[0][];
  /** Sends a console event (`console.opened`); resolves once the server has had time to read it. */
  send(event: keyof ClientToServerEvents): Promise<void>;
  /** Sends an event that the server acknowledges (`wallboard.opened`), resolving with its answer. */
  ask(event: 'wallboard.opened'): Promise<WallboardSnapshot | ApiError>;
  close(): void;
}

export async function connectAgent(url: string, header: AuthHeader): Promise<AgentClient> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(`${url}${AGENT_NAMESPACE}`, {
    auth: { token: header.authorization.slice('Bearer '.length) },
    transports: ['websocket'],
    reconnection: false,
  });
  const received: Received[] = [];
  socket.onAny((event: EventName, payload: unknown) => received.push({ event, payload }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    received,
    of: (event) => received.filter((entry) => entry.event === event).map((entry) => entry.payload as never),
    send: async (event) => {
      socket.emit(event);
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
    ask: (event) => socket.timeout(5000).emitWithAck(event),
    close: () => socket.disconnect(),
  };
}

/** Polls `check` until it stops throwing (an expectation that becomes true), for at most `ms`. */
export async function eventually<T>(check: () => T | Promise<T>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Every wallboard change a socket received, each kind in the order it came across the batches. */
export function wallboardDeltas(socket: AgentClient): WallboardChanges {
  const batches = socket.of('wallboard.changed');
  return {
    queues: batches.flatMap((batch) => batch.queues),
    callersJoined: batches.flatMap((batch) => batch.callersJoined),
    callersLeft: batches.flatMap((batch) => batch.callersLeft),
    agents: batches.flatMap((batch) => batch.agents),
  };
}
