import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RedisConnections } from '../redis/redis-connections';
import { QueueErrorLog } from './queue-error-log';
import { QUEUES } from './queues';

/**
 * BullMQ on the configured Redis. Jobs retry with backoff, failed ones are kept for inspection and
 * finished ones are dropped after a day. The API only enqueues; the processors run in the worker
 * process (worker.ts), which does not start when a queue has no processor.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG, RedisConnections],
      useFactory: (config: AppConfig, connections: RedisConnections) => ({
        connection: connections.bullConnection(),
        prefix: `${config.redis.prefix}bull`,
        defaultJobOptions: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 86_400, count: 1000 },
          removeOnFail: false,
        },
      }),
    }),
    ...Object.values(QUEUES).map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [RedisConnections],
        useFactory: (connections: RedisConnections) => ({ connection: connections.bullQueueConnection() }),
      }),
    ),
    DiscoveryModule,
  ],
  providers: [QueueErrorLog],
  exports: [BullModule],
})
export class QueuesModule {}
