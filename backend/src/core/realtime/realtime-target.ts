import { ServerToClientEvents } from '@switchboard/contracts';

/** What the publisher needs of one room, whether reached through the socket server or through Redis. */
export interface RoomTarget {
  emit<E extends keyof ServerToClientEvents>(
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): unknown;
  socketsJoin(room: string): void;
  socketsLeave(room: string): void;
  disconnectSockets(close: boolean): void;
}

/**
 * Where published events go: the API's own namespace (whose Redis adapter forwards to the other
 * instances) or, in the worker, a Redis emitter that reaches every API's sockets.
 */
export abstract class RealtimeTarget {
  /** One room, or several: a socket in more than one of them gets each event once. */
  abstract room(name: string | string[]): RoomTarget;
}
