import { UserRole } from '@switchboard/contracts';

/** Who is calling: what guards and handlers need, nothing more. */
export interface AuthenticatedUser {
  id: string;
  login: string;
  role: UserRole;
}

/** Claims inside the access token; `ver` must match the user's current token version. */
export interface AccessTokenClaims {
  sub: string;
  ver: number;
}
