import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { USER_SESSIONS_REVOKED, UserSessionsRevokedEvent } from './user.events';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';

/** A deactivated user or one whose password was reset is told so and their consoles are closed. */
@Injectable()
export class SessionRevocationListener {
  constructor(private readonly publisher: RealtimePublisher) {}

  @OnEvent(USER_SESSIONS_REVOKED)
  revoke({ userId, reason }: UserSessionsRevokedEvent): void {
    this.publisher.toUser(userId, 'session.revoked', { reason });
    this.publisher.disconnectUser(userId);
  }
}
