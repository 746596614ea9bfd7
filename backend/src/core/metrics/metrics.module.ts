import { getQueueToken } from '@nestjs/bullmq';
import {
  DynamicModule,
  Global,
  MiddlewareConsumer,
  Module,
  NestModule,
  Provider,
  RequestMethod,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { QUEUES } from '../queues/queues';
import { HttpMetrics, HttpMetricsMiddleware } from './http-metrics.middleware';
import { JobLatenessMetrics } from './job-lateness.metrics';
import { JobLatenessRecorder } from './job-lateness.recorder';
import { createMetricsRegistry } from './metrics-registry';
import { METRICS_PORT, MetricsServer } from './metrics.server';
import { PbxMetrics } from './pbx.metrics';
import { PopMetrics } from './pop.metrics';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { queueDepthGauge } from './queue-depth.metrics';

/** The process a MetricsModule serves: each has its own port and its own metrics. */
export type MetricsProcess = 'api' | 'worker';

const QUEUE_DEPTH = Symbol('QUEUE_DEPTH');

/** HTTP latency for every request the API answers. */
@Module({ providers: [HttpMetrics] })
class HttpMetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}

/**
 * Prometheus metrics of one process, served on its own port (METRICS_PORT for the API, WORKER_METRICS_PORT
 * for the worker), with Node's own metrics. Every process records job lateness for the processors it runs
 * (none in the API, where it finds no processor); the API adds the screen-pop and PBX link metrics, HTTP
 * latency, queue depths (counted once, by the API, however many workers run) and Bull Board.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(process: MetricsProcess): DynamicModule {
    const shared: Provider[] = [
      { provide: Registry, useFactory: createMetricsRegistry },
      {
        provide: METRICS_PORT,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) =>
          process === 'api' ? config.metrics.apiPort : config.metrics.workerPort,
      },
      MetricsServer,
      JobLatenessMetrics,
      JobLatenessRecorder,
    ];
    const exports = [Registry, MetricsServer, JobLatenessMetrics];
    if (process === 'worker')
      return { module: MetricsModule, imports: [DiscoveryModule], providers: shared, exports };
    const queueDepth: Provider = {
      provide: QUEUE_DEPTH,
      inject: [Registry, ...Object.values(QUEUES).map((name) => getQueueToken(name))],
      useFactory: (registry: Registry, ...queues: Queue[]) => queueDepthGauge(registry, queues),
    };
    return {
      module: MetricsModule,
      imports: [DiscoveryModule, HttpMetricsModule, QueueBoardModule],
      providers: [...shared, PopMetrics, PbxMetrics, queueDepth],
      exports: [...exports, PopMetrics, PbxMetrics],
    };
  }
}
