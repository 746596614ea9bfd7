import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';

const JOB_TIMEOUT_MS = 20_000;

/** Enqueues one job through the API's queue and waits for the worker process to finish it. */
export async function runJob(app: INestApplication, queueName: string, name: string, data: object = {}) {
  const queue = app.get<Queue>(getQueueToken(queueName));
  const events = new QueueEvents(queueName, { connection: queue.opts.connection, prefix: queue.opts.prefix });
  try {
    await events.waitUntilReady();
    const job = await queue.add(name, data);
    return (await job.waitUntilFinished(events, JOB_TIMEOUT_MS)) as unknown;
  } finally {
    await events.close();
  }
}
