import { Injectable, InjectionToken, effect, inject, untracked } from '@angular/core';
import {
  AGENT_NAMESPACE,
  AgentHandshakeAuth,
  ClientToServerEvents,
  ServerToClientEvents,
} from '@switchboard/contracts';
import { Socket, io } from 'socket.io-client';

import { SessionStore } from '../auth/session.store';

export type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type EventName = keyof ServerToClientEvents;
type ClientEventName = keyof ClientToServerEvents;
type Listener = { event: EventName; handler: ServerToClientEvents[EventName] };
/** Events whose one argument is the acknowledgement the server answers through, and that answer. */
export type AskEventName = {
  [E in ClientEventName]: Parameters<ClientToServerEvents[E]> extends [(reply: never) => void] ? E : never;
}[ClientEventName];
export type AskReply<E extends AskEventName> =
  Parameters<ClientToServerEvents[E]> extends [(reply: infer R) => void] ? R : never;

/** Opens the agent namespace socket; a token so specs can hand in a fake socket. */
export const AGENT_SOCKET_FACTORY = new InjectionToken<(token: string) => AgentSocket>(
  'AGENT_SOCKET_FACTORY',
  {
    providedIn: 'root',
    factory: () => (token: string) => {
      const auth: AgentHandshakeAuth = { token };
      return io(AGENT_NAMESPACE, { auth });
    },
  },
);

/** The agent namespace socket: open while someone is signed in, closed otherwise. */
@Injectable({ providedIn: 'root' })
export class RealtimeService {
  private readonly session = inject(SessionStore);
  private readonly openSocket = inject(AGENT_SOCKET_FACTORY);
  private socket: AgentSocket | null = null;
  /** Kept across reconnects: every new socket gets them again. */
  private readonly listeners = new Set<Listener>();
  /** What the server must keep knowing, by topic: sent again to every new socket. */
  private readonly standing = new Map<string, (socket: AgentSocket) => void>();

  constructor() {
    effect(() => {
      const token = this.session.isAuthenticated() ? this.session.token() : null;
      untracked(() => (token === null ? this.disconnect() : this.connect(token)));
    });
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  /** Calls `handler` for each `event` from the server until the returned function is called. */
  on<E extends EventName>(event: E, handler: ServerToClientEvents[E]): () => void {
    const listener: Listener = { event, handler };
    this.listeners.add(listener);
    this.attach(listener);
    return () => {
      this.listeners.delete(listener);
      this.socket?.off(event, handler as never);
    };
  }

  /**
   * Tells the server `event` now and again after every reconnect (a new socket on the server knows nothing),
   * until the next event of the same `topic` replaces it: `console.opened`, then `console.closed`.
   */
  tell(topic: string, event: ClientEventName): void {
    this.stand(topic, (socket) => socket.emit(event));
  }

  /**
   * Like `tell`, for an event the server answers (`wallboard.opened` and its snapshot): asks now and again
   * after every reconnect, handing each answer to `reply`, until the next word of the same `topic`. An
   * answer that arrives after that word is dropped, so a page that was left hears nothing more.
   */
  ask<E extends AskEventName>(topic: string, event: E, reply: (answer: AskReply<E>) => void): void {
    const ack = (answer: AskReply<E>) => {
      if (this.standing.get(topic) === send) reply(answer);
    };
    // The compiler cannot see that an ask event's one parameter is the ack typed like `reply`.
    const args = [ack] as unknown as Parameters<ClientToServerEvents[E]>;
    const send = (socket: AgentSocket) => socket.emit(event, ...args);
    this.stand(topic, send);
  }

  private stand(topic: string, send: (socket: AgentSocket) => void): void {
    this.standing.set(topic, send);
    if (this.socket?.connected) send(this.socket);
  }

  private connect(token: string): void {
    this.disconnect();
    const socket = this.openSocket(token);
    socket.on('session.revoked', ({ reason }) => this.session.logout(reason));
    socket.on('connect', () => this.standing.forEach((send) => send(socket)));
    this.socket = socket;
    this.listeners.forEach((listener) => this.attach(listener));
  }

  private attach({ event, handler }: Listener): void {
    this.socket?.on(event, handler as never);
  }

  private disconnect(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }
}
