import { OnApplicationShutdown } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import { AGENT_NAMESPACE, ServerToClientEvents } from '@switchboard/contracts';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { realtimeChannelKey } from './realtime-channel';
import { RealtimeTarget, RoomTarget } from './realtime-target';

/** The worker's way to the consoles: it has no sockets, so it publishes to the API instances' adapter. */
export class RedisEmitterTarget extends RealtimeTarget implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(config: AppConfig['redis']) {
    super();
    this.redis = new Redis(config.url, { maxRetriesPerRequest: 2 });
    this.emitter = new Emitter<ServerToClientEvents>(this.redis, {
      key: realtimeChannelKey(config.prefix),
    }).of(AGENT_NAMESPACE);
  }

  room(name: string): RoomTarget {
    return this.emitter.to(name);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
