import { OnApplicationShutdown } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import { AGENT_NAMESPACE, ServerToClientEvents } from '@switchboard/contracts';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { RedisConnections } from '../redis/redis-connections';
import { realtimeChannelKey } from './realtime-channel';
import { RealtimeTarget, RoomTarget } from './realtime-target';

/** The worker's way to the consoles: it has no sockets, so it publishes to the API instances' adapter. */
export class RedisEmitterTarget extends RealtimeTarget implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(config: AppConfig['redis'], connections: RedisConnections) {
    super();
    this.redis = connections.createClient('RealtimeEmitter', { prefixKeys: false });
    this.emitter = new Emitter<ServerToClientEvents>(this.redis, {
      key: realtimeChannelKey(config.prefix),
    }).of(AGENT_NAMESPACE);
  }

  room(name: string | string[]): RoomTarget {
    return this.emitter.to(name);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
