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

  disconnectUser(userId: string): void {
    this.gateway.namespace.in(userRoom(userId)).disconnectSockets(true);
  }
}
