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
  private readonly standing = new Map<string, ClientEventName>();

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
    this.standing.set(topic, event);
    if (this.socket?.connected) this.socket.emit(event);
  }

  private connect(token: string): void {
    this.disconnect();
    const socket = this.openSocket(token);
    socket.on('session.revoked', ({ reason }) => this.session.logout(reason));
    socket.on('connect', () => this.standing.forEach((event) => socket.emit(event)));
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
