import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '../config/app-config';
import { realtimeChannelKey } from './realtime-channel';

/**
 * socket.io with its rooms shared through Redis: what the worker publishes (through a Redis emitter)
 * and what another API instance emits reach the sockets connected here.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redis: AppConfig['redis'],
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    const publisher = new Redis(this.redis.url, { maxRetriesPerRequest: 2 });
    const subscriber = publisher.duplicate();
    this.clients.push(publisher, subscriber);
    server.adapter(createAdapter(publisher, subscriber, { key: realtimeChannelKey(this.redis.prefix) }));
    return server;
  }

  override async dispose(): Promise<void> {
    // Pub/sub clients hold nothing to flush: dropping them at once never waits on a Redis already gone.
    for (const client of this.clients.splice(0)) client.disconnect();
    await super.dispose();
  }
}
