import { AgentHandshakeAuth } from '@switchboard/contracts';
import { AuthenticatedUser } from './authenticated-user';
import { SessionAuthenticator } from './session-authenticator';

/** What the middleware reads and writes of a socket, whatever its event maps. */
interface HandshakingSocket {
  handshake: { auth: unknown };
  data: { user: AuthenticatedUser };
}

/**
 * socket.io middleware: a handshake without a valid bearer token (`auth: { token }`) is refused before
 * the connection opens, with the code the console reacts to; an accepted one carries its user.
 */
export function authenticateHandshake(authenticator: SessionAuthenticator) {
  return (socket: HandshakingSocket, next: (error?: Error) => void): void => {
    const { token } = (socket.handshake.auth ?? {}) as Partial<AgentHandshakeAuth>;
    authenticator
      .authenticate(token)
      .then((user) => {
        socket.data.user = user;
        next();
      })
      .catch((error: Error) =>
        next(Object.assign(new Error(error.message), { data: { code: 'UNAUTHENTICATED' } })),
      );
  };
}
