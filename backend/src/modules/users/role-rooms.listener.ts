import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { USER_SAVED, UserSavedEvent } from './user.events';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';

/** A user whose role changed joins or leaves the supervisors' room on the sockets they already have open. */
@Injectable()
export class RoleRoomsListener {
  constructor(private readonly publisher: RealtimePublisher) {}

  @OnEvent(USER_SAVED)
  follow({ userId, role }: UserSavedEvent): void {
    this.publisher.setSupervisor(userId, role !== 'operator');
  }
}
