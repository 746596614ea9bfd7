import { Injectable } from '@nestjs/common';
import { LoginResponse } from '@switchboard/contracts';
import { UsersService } from '../users/users.service';
import { toUserView } from '../users/user.mapper';
import { AccessTokens } from './access-tokens.service';
import { InvalidCredentialsError } from './auth.errors';
import { LoginThrottle } from './login-throttle.service';
import { SessionOrigin, UserSessions } from './user-sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly sessions: UserSessions,
  ) {}

  async login(
    login: string,
    password: string,
    origin: SessionOrigin & { address: string },
  ): Promise<LoginResponse> {
    const { address } = origin;
    await this.throttle.begin(login, address);
    const user = await this.users.verifyCredentials(login, password);
    if (!user) {
      await this.throttle.recordFailure(login, address);
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(login, address);
    return { accessToken: await this.signIn(user, origin), user: toUserView(user) };
  }

  /** A new session for a user whose credentials were checked, and its access token. */
  async signIn(user: { id: string; tokenVersion: number }, origin: SessionOrigin): Promise<string> {
    return this.tokens.issue(user, await this.sessions.start(user.id, origin));
  }
}
