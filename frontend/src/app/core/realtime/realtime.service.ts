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

  constructor() {
    effect(() => {
      const token = this.session.isAuthenticated() ? this.session.token() : null;
      untracked(() => (token === null ? this.disconnect() : this.connect(token)));
    });
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  private connect(token: string): void {
    this.disconnect();
    const socket = this.openSocket(token);
    socket.on('session.revoked', ({ reason }) => this.session.logout(reason));
    this.socket = socket;
  }

  private disconnect(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }
}
