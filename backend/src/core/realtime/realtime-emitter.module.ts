import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RedisConnections } from '../redis/redis-connections';
import { RealtimeTarget } from './realtime-target';
import { RealtimePublisher } from './realtime.publisher';
import { RedisEmitterTarget } from './redis-emitter.target';

/** The worker's realtime channel: the same publisher, reaching the API's rooms through Redis. */
@Global()
@Module({
  providers: [
    {
      provide: RealtimeTarget,
      inject: [APP_CONFIG, RedisConnections],
      useFactory: (config: AppConfig, connections: RedisConnections) =>
        new RedisEmitterTarget(config.redis, connections),
    },
    RealtimePublisher,
  ],
  exports: [RealtimePublisher],
})
export class RealtimeEmitterModule {}
