import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenClaims, AuthenticatedUser } from '../../core/auth/authenticated-user';
import { SessionAuthenticator } from '../../core/auth/session-authenticator';
import { UnauthenticatedError } from '../../core/http/domain-error';
import { UsersService } from '../users/users.service';
import { UserSessions } from './user-sessions.service';

/** Issues bearer tokens and turns a presented token back into a live session of an active user. */
@Injectable()
export class AccessTokens extends SessionAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly sessions: UserSessions,
  ) {
    super();
  }

  issue(user: { id: string; tokenVersion: number }, sessionId: string): Promise<string> {
    return this.jwt.signAsync({
      sub: user.id,
      ver: user.tokenVersion,
      sid: sessionId,
    } satisfies AccessTokenClaims);
  }

  async authenticate(token: string | undefined): Promise<AuthenticatedUser> {
    if (!token) throw new UnauthenticatedError();
    const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token).catch(() => {
      throw new UnauthenticatedError('The token is invalid or expired');
    });
    const user = await this.users.findById(claims.sub);
    const live =
      user?.active &&
      user.tokenVersion === claims.ver &&
      typeof claims.sid === 'string' &&
      (await this.sessions.live(claims.sid, user.id));
    if (!user || !live) throw new UnauthenticatedError('The session has ended; log in again');
    return { id: user.id, login: user.login, role: user.role, sessionId: claims.sid };
  }
}
