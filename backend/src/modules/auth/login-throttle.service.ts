import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { REDIS } from '../../core/redis/redis.module';
import { TooManyAttemptsError } from './auth.errors';

/** Per-address attempts allowed for each attempt allowed per login, so a shared office NAT is not locked out. */
const ADDRESS_FACTOR = 4;
/** The longest an account's next attempt is delayed, whoever failed on it. */
const MAX_DELAY_MS = 60_000;

/** From the limit on, each failure doubles the wait before the login's next attempt: 1 s, 2 s, 4 s… */
export function failureDelayMs(failures: number, max: number): number {
  return failures < max ? 0 : Math.min(1000 * 2 ** (failures - max), MAX_DELAY_MS);
}

interface Keys {
  /** Attempts at this login from this address: the only lock, so nobody elsewhere can trigger it. */
  pair: string;
  /** Attempts from this address at any login. */
  address: string;
  /** Failures at this login from anywhere, and the delay they impose on its next attempt. */
  failures: string;
  delay: string;
}

/**
 * Sign-in throttling in Redis, so it holds across instances. Each attempt is counted before the password
 * is checked, atomically, so parallel guesses cannot slip past the limit. A login is locked only for the
 * address that failed on it; failures from anywhere delay the login's next attempt exponentially.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts the attempt; throws when this address is over its limit or the login's delay is running. */
  async begin(login: string, address: string): Promise<void> {
    const { loginMaxFailures: max, loginLockSeconds: window } = this.config.auth;
    const keys = this.keys(login, address);
    const replies = await this.redis
      .multi()
      .incr(keys.pair)
      .expire(keys.pair, window, 'NX')
      .incr(keys.address)
      .expire(keys.address, window, 'NX')
      .pttl(keys.pair)
      .pttl(keys.address)
      .pttl(keys.delay)
      .exec();
    const [pair, , fromAddress, , pairMs, addressMs, delayMs] = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return Number(value);
    });
    const waitMs = Math.max(
      pair > max ? pairMs : 0,
      fromAddress > max * ADDRESS_FACTOR ? addressMs : 0,
      delayMs,
    );
    if (waitMs <= 0) return;
    this.logger.warn({ login, address, attempts: pair, fromAddress }, 'Sign-in attempt throttled');
    throw new TooManyAttemptsError(Math.ceil(waitMs / 1000));
  }

  async recordFailure(login: string, address: string): Promise<void> {
    const { loginMaxFailures: max, loginLockSeconds: window } = this.config.auth;
    const keys = this.keys(login, address);
    const failures = await this.redis.incr(keys.failures);
    await this.redis.expire(keys.failures, window, 'NX');
    const delayMs = failureDelayMs(failures, max);
    if (delayMs === 0) return;
    await this.redis.set(keys.delay, '1', 'PX', delayMs);
    this.logger.warn({ login, address, failures, delayMs }, 'Repeated failed sign-ins');
  }

  async recordSuccess(login: string, address: string): Promise<void> {
    const keys = this.keys(login, address);
    await this.redis.multi().del(keys.pair, keys.failures, keys.delay).decr(keys.address).exec();
  }

  private keys(login: string, address: string): Keys {
    const account = login.trim().toLowerCase();
    return {
      pair: `login-attempts:${account}:${address}`,
      address: `login-attempts:address:${address}`,
      failures: `login-failures:${account}`,
      delay: `login-delay:${account}`,
    };
  }
}
