import { SessionRevokedPayload, UserRole } from '@switchboard/contracts';

/** In-process event: a user's tokens stopped working; live sockets must be told and closed. */
export const USER_SESSIONS_REVOKED = 'user.sessionsRevoked';

export interface UserSessionsRevokedEvent {
  userId: string;
  reason: SessionRevokedPayload['reason'];
}

/** In-process event, awaited: a user was created or changed (name, role, extension, active). */
export const USER_SAVED = 'user.saved';

export interface UserSavedEvent {
  userId: string;
  role: UserRole;
}
