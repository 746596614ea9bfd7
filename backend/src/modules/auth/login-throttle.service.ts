import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { REDIS } from '../../core/redis/redis.module';
import { TooManyAttemptsError } from './auth.errors';

/** Per-address attempts allowed for each attempt allowed per login, so a shared office NAT is not locked out. */
const ADDRESS_FACTOR = 4;

/**
 * Counts failed logins per login and per client address in Redis, so the limit holds across
 * backend instances; a lock lasts the configured window from the first failure.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(login: string, address: string): Promise<void> {
    const { loginMaxFailures } = this.config.auth;
    const [byLogin, byAddress] = await this.redis.mget(this.loginKey(login), this.addressKey(address));
    const locked =
      Number(byLogin ?? 0) >= loginMaxFailures || Number(byAddress ?? 0) >= loginMaxFailures * ADDRESS_FACTOR;
    if (!locked) return;
    const ttl = Math.max(
      await this.redis.ttl(this.loginKey(login)),
      await this.redis.ttl(this.addressKey(address)),
    );
    throw new TooManyAttemptsError(Math.max(ttl, 1));
  }

  async recordFailure(login: string, address: string): Promise<void> {
    const window = this.config.auth.loginLockSeconds;
    await this.redis
      .multi()
      .incr(this.loginKey(login))
      .expire(this.loginKey(login), window, 'NX')
      .incr(this.addressKey(address))
      .expire(this.addressKey(address), window, 'NX')
      .exec();
  }

  async recordSuccess(login: string): Promise<void> {
    await this.redis.del(this.loginKey(login));
  }

  private loginKey(login: string): string {
    return `login-failures:login:${login.trim().toLowerCase()}`;
  }

  private addressKey(address: string): string {
    return `login-failures:address:${address}`;
  }
}
