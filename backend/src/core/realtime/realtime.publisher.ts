import { Injectable } from '@nestjs/common';
import { ServerToClientEvents } from '@switchboard/contracts';
import { SUPERVISORS_ROOM, userRoom } from './agent-socket';
import { RealtimeTarget } from './realtime-target';

/** What domain services use to reach consoles; they never touch the socket server. */
@Injectable()
export class RealtimePublisher {
  constructor(private readonly target: RealtimeTarget) {}

  toUser<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.target.room(userRoom(userId)).emit(event, ...payload);
  }

  toSupervisors<E extends keyof ServerToClientEvents>(
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.target.room(SUPERVISORS_ROOM).emit(event, ...payload);
  }

  /** To every socket in any of `rooms`, once each. */
  toRooms<E extends keyof ServerToClientEvents>(
    rooms: string[],
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.target.room(rooms).emit(event, ...payload);
  }

  /** Puts the user's open sockets in the supervisors' room, or takes them out of it. */
  setSupervisor(userId: string, supervisor: boolean): void {
    const sockets = this.target.room(userRoom(userId));
    if (supervisor) sockets.socketsJoin(SUPERVISORS_ROOM);
    else sockets.socketsLeave(SUPERVISORS_ROOM);
  }

  disconnectUser(userId: string): void {
    this.target.room(userRoom(userId)).disconnectSockets(true);
  }
}
