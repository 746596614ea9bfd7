import { UserRole } from '@switchboard/contracts';

/** Who is calling: what guards and handlers need, nothing more. */
export interface AuthenticatedUser {
  id: string;
  login: string;
  role: UserRole;
  /** The sign-in session the token belongs to. */
  sessionId: string;
}

/**
 * Claims inside the access token; `ver` must match the user's current token version and `sid` name a live
 * session of theirs.
 */
export interface AccessTokenClaims {
  sub: string;
  ver: number;
  sid: string;
}
