import { Injectable } from '@nestjs/common';
import { LoginResponse } from '@switchboard/contracts';
import { UsersService } from '../users/users.service';
import { toUserView } from '../users/user.mapper';
import { AccessTokens } from './access-tokens.service';
import { InvalidCredentialsError } from './auth.errors';
import { LoginThrottle } from './login-throttle.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(login: string, password: string, address: string): Promise<LoginResponse> {
    await this.throttle.begin(login, address);
    const user = await this.users.verifyCredentials(login, password);
    if (!user) {
      await this.throttle.recordFailure(login, address);
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(login, address);
    return { accessToken: await this.tokens.issue(user), user: toUserView(user) };
  }
}
