import { IncomingMessage } from 'node:http';
import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '../config/app-config';
import { RedisConnections } from '../redis/redis-connections';
import { originAllowed } from './origin-policy';
import { realtimeChannelKey } from './realtime-channel';

/**
 * socket.io with its rooms shared through Redis: what the worker publishes (through a Redis emitter)
 * and what another API instance emits reach the sockets connected here. Handshakes from another site's
 * pages are refused.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    private readonly app: INestApplicationContext,
    private readonly config: Pick<AppConfig, 'redis' | 'publicUrl' | 'env'>,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const policy = {
      publicUrl: this.config.publicUrl,
      allowLocalDevServer: this.config.env === 'development',
    };
    const allowRequest = (request: IncomingMessage, accept: (error: null, success: boolean) => void) =>
      accept(null, originAllowed(request, policy));
    const server = super.createIOServer(port, { ...options, allowRequest }) as Server;
    const connections = this.app.get(RedisConnections);
    // Two clients of their own rather than `duplicate()`, which would not keep the error logging.
    const publisher = connections.createClient('RealtimeAdapter', { prefixKeys: false });
    const subscriber = connections.createClient('RealtimeAdapter', { prefixKeys: false });
    this.clients.push(publisher, subscriber);
    server.adapter(
      createAdapter(publisher, subscriber, { key: realtimeChannelKey(this.config.redis.prefix) }),
    );
    return server;
  }

  override async dispose(): Promise<void> {
    // Pub/sub clients hold nothing to flush: dropping them at once never waits on a Redis already gone.
    for (const client of this.clients.splice(0)) client.disconnect();
    await super.dispose();
  }
}
