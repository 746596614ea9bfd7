import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenClaims, AuthenticatedUser } from '../../core/auth/authenticated-user';
import { SessionAuthenticator } from '../../core/auth/session-authenticator';
import { UnauthenticatedError } from '../../core/http/domain-error';
import { UsersService } from '../users/users.service';

/** Issues bearer tokens and turns a presented token back into a live, active user. */
@Injectable()
export class AccessTokens extends SessionAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {
    super();
  }

  issue(user: { id: string; tokenVersion: number }): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, ver: user.tokenVersion } satisfies AccessTokenClaims);
  }

  async authenticate(token: string | undefined): Promise<AuthenticatedUser> {
    if (!token) throw new UnauthenticatedError();
    const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token).catch(() => {
      throw new UnauthenticatedError('The token is invalid or expired');
    });
    const user = await this.users.findById(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.ver) {
      throw new UnauthenticatedError('The session has ended; log in again');
    }
    return { id: user.id, login: user.login, role: user.role };
  }
}
