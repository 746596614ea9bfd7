import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Gauge, Registry } from 'prom-client';

export const COUNTED_JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape must answer even when Redis does not (BullMQ's connection waits for it forever). */
const COUNT_TIMEOUT_MS = 2000;

type Counts = Record<string, number>;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Jobs per queue and state, counted in Redis at each scrape. When Redis cannot answer, the series are left
 * out of that scrape rather than reported as zero.
 */
export function queueDepthGauge(registry: Registry, queues: Pick<Queue, 'name' | 'getJobCounts'>[]): Gauge {
  const logger = new Logger('QueueDepthMetrics');
  return new Gauge({
    name: 'switchboard_queue_jobs',
    help: 'BullMQ jobs per queue and state (waiting, active, delayed, failed), counted at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const counts: Counts[] = await withTimeout(
          Promise.all(queues.map((queue) => queue.getJobCounts(...COUNTED_JOB_STATES))),
          COUNT_TIMEOUT_MS,
        );
        queues.forEach(({ name }, index) => {
          for (const state of COUNTED_JOB_STATES) this.set({ queue: name, state }, counts[index][state] ?? 0);
        });
      } catch (error) {
        logger.warn({ reason: (error as Error).message }, 'Queue depths left out of this scrape');
      }
    },
  });
}
