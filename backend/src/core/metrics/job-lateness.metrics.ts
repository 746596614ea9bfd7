import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { Histogram, Registry } from 'prom-client';

/** From a few milliseconds (an idle worker) to minutes (a backlog, or a worker that was down). */
const LATENESS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];

export type StartedJob = Pick<Job, 'timestamp' | 'delay' | 'processedOn' | 'attemptsMade'>;

/** Seconds between when a job was due (added, plus its delay) and when a worker started it. */
export function jobLatenessSeconds(job: StartedJob, now = Date.now()): number {
  const due = job.timestamp + (job.delay ?? 0);
  return Math.max(0, ((job.processedOn ?? now) - due) / 1000);
}

/** How late jobs start, per queue; recorded wherever the processors run (see JobLatenessRecorder). */
@Injectable()
export class JobLatenessMetrics {
  private readonly lateness: Histogram<'queue'>;

  constructor(registry: Registry) {
    this.lateness = new Histogram({
      name: 'switchboard_job_lateness_seconds',
      help: "Time from a job's due time (added plus delay, or its schedule) to a worker starting it",
      labelNames: ['queue'],
      buckets: LATENESS_BUCKETS,
      registers: [registry],
    });
  }

  /**
   * A worker started `job`. Only first attempts count: a retry's due time is its backoff after the failure,
   * which the job does not keep, so its lateness would include the failed attempt.
   */
  jobStarted(queue: string, job: StartedJob): void {
    if (job.attemptsMade > 0) return;
    this.lateness.observe({ queue }, jobLatenessSeconds(job));
  }
}
