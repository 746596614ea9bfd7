import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { closeRedisClient, RedisConnections } from './redis-connections';

/** Injection token for the shared ioredis client; every key carries the configured prefix. */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    RedisConnections,
    {
      provide: REDIS,
      inject: [RedisConnections],
      useFactory: (connections: RedisConnections) => connections.createClient('Redis'),
    },
  ],
  exports: [REDIS, RedisConnections],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): Promise<void> {
    return closeRedisClient(this.redis);
  }
}
