import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { RedisOptions as BullConnectionOptions } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { logRedisErrorsOnce } from './redis-error-log';

/** Longest pause between reconnect attempts: a restarted Redis is found again within a second. */
const RECONNECT_DELAY_CAP_MS = 1000;
/** A Redis host that stopped answering (no refusal) is given up on after this long per attempt. */
const CONNECT_TIMEOUT_MS = 3000;

/** What every connection shares; spelled out so it fits both ioredis's and BullMQ's option types. */
interface ReconnectOptions {
  connectTimeout: number;
  retryStrategy: (attempt: number) => number | null;
}

/**
 * Every ioredis connection of the process takes its options from here (the shared client and
 * BullMQ's): while the app runs they reconnect for ever with a short capped backoff; once it is
 * shutting down they stop reconnecting, so a pending QUIT or a queued command fails at the next
 * attempt instead of waiting for ever on a Redis that is gone. (A BullMQ worker's close can still
 * hang on a blocking connection parked between attempts, taskforcesh/bullmq#4656: a process
 * running workers needs an exit deadline too.)
 */
@Injectable()
export class RedisConnections implements OnModuleDestroy {
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Destroy hooks run before any shutdown hook, so every close that follows sees the flag. */
  onModuleDestroy(): void {
    this.closing = true;
  }

  /** For BullMQ's `connection`; BullMQ refuses a key prefix and sets its own retry-per-request rule. */
  bullConnection(): BullConnectionOptions {
    return { ...this.reconnectOptions(), url: this.config.redis.url, maxRetriesPerRequest: null };
  }

  /**
   * For queues: adding a job while Redis is gone fails at once (a 503 to the caller) instead of waiting
   * for Redis to return. Workers keep `bullConnection()`, which waits.
   */
  bullQueueConnection(): BullConnectionOptions {
    return { ...this.bullConnection(), enableOfflineQueue: false };
  }

  /**
   * A client whose errors are logged once per outage under `name`. Its keys carry the configured
   * prefix unless `prefixKeys` is false: pub/sub clients (the socket.io adapter, the emitter) name
   * their channels with the prefix themselves.
   */
  createClient(name: string, { prefixKeys = true }: { prefixKeys?: boolean } = {}): Redis {
    const client = new Redis(this.config.redis.url, {
      ...this.reconnectOptions(),
      keyPrefix: prefixKeys ? this.config.redis.prefix : undefined,
      // A command fails after two reconnect attempts rather than queueing through an outage.
      maxRetriesPerRequest: 2,
    });
    logRedisErrorsOnce(client, new Logger(name));
    return client;
  }

  private reconnectOptions(): ReconnectOptions {
    return {
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy: (attempt) => (this.closing ? null : Math.min(attempt * 100, RECONNECT_DELAY_CAP_MS)),
    };
  }
}

/**
 * QUIT waits for the replies still pending. When Redis is gone it waits for the next reconnect
 * attempt (at most the backoff cap away), which shutdown's retry strategy turns into the end of
 * the connection: the pending commands then fail rather than wait, and QUIT with them.
 */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  await client.quit().catch(() => client.disconnect());
}
