import { Injectable } from '@nestjs/common';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { UserSessionsRevokedEvent } from '../../core/events/domain-events';

/** A deactivated user or one whose password was reset is told so and their consoles are closed. */
@Injectable()
export class SessionRevocationListener {
  constructor(private readonly publisher: RealtimePublisher) {}

  @OnDomainEvent('user.sessionsRevoked')
  revoke({ userId, reason }: UserSessionsRevokedEvent): void {
    this.publisher.toUser(userId, 'session.revoked', { reason });
    this.publisher.disconnectUser(userId);
  }
}
