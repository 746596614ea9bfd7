import { Injectable } from '@nestjs/common';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { UserSavedEvent } from '../../core/events/domain-events';

/** A user whose role changed joins or leaves the supervisors' room on the sockets they already have open. */
@Injectable()
export class RoleRoomsListener {
  constructor(private readonly publisher: RealtimePublisher) {}

  @OnDomainEvent('user.saved')
  follow({ userId, role }: UserSavedEvent): void {
    this.publisher.setSupervisor(userId, role !== 'operator');
  }
}
