import { AuthenticatedUser } from './authenticated-user';

/**
 * Turns a presented bearer token into a live, active user, or throws `UnauthenticatedError`.
 * The auth module provides it; HTTP guards and the socket handshake both rely on it.
 */
export abstract class SessionAuthenticator {
  abstract authenticate(token: string | undefined): Promise<AuthenticatedUser>;
}
