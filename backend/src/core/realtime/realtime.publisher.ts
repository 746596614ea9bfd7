import { Injectable } from '@nestjs/common';
import { ServerToClientEvents } from '@switchboard/contracts';
import { SUPERVISORS_ROOM, userRoom } from './agent-socket';
import { AgentGateway } from './agent.gateway';

/** What domain services use to reach consoles; they never touch the socket server. */
@Injectable()
export class RealtimePublisher {
  constructor(private readonly gateway: AgentGateway) {}

  toUser<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.gateway.namespace.to(userRoom(userId)).emit(event, ...payload);
  }

  toSupervisors<E extends keyof ServerToClientEvents>(
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.gateway.namespace.to(SUPERVISORS_ROOM).emit(event, ...payload);
  }

  /** Puts the user's open sockets in the supervisors' room, or takes them out of it. */
  setSupervisor(userId: string, supervisor: boolean): void {
    // Users saved while the application boots (the first admin) have no sockets yet.
    if (!this.gateway.namespace) return;
    const sockets = this.gateway.namespace.in(userRoom(userId));
    if (supervisor) sockets.socketsJoin(SUPERVISORS_ROOM);
    else sockets.socketsLeave(SUPERVISORS_ROOM);
  }

  disconnectUser(userId: string): void {
    this.gateway.namespace.in(userRoom(userId)).disconnectSockets(true);
  }
}
