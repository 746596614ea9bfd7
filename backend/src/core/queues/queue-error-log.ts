import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { logRedisErrorsOnce } from '../redis/redis-error-log';
import { QUEUES } from './queues';

/**
 * BullMQ's queues and workers print their connection errors themselves unless someone listens: with
 * Redis gone that is a line per attempt. Listening here logs each outage once, as every Redis client does.
 */
@Injectable()
export class QueueErrorLog implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');

  constructor(
    private readonly modules: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    for (const name of Object.values(QUEUES)) {
      logRedisErrorsOnce(this.modules.get<Queue>(getQueueToken(name), { strict: false }), this.logger);
    }
    for (const { instance } of this.discovery.getProviders()) {
      if (instance instanceof WorkerHost) logRedisErrorsOnce(instance.worker, this.logger);
    }
  }
}
