import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, Job } from 'bullmq';
import { QUEUES, ReminderCallJob } from '../../../core/queues/queues';
import { ReminderDialingService } from '../calls/reminder-dialing.service';

/** Preparing and dialing takes well under a second: a worker that died mid-job is noticed within seconds. */
const LOCK_MS = 10_000;

/**
 * Runs due reminder attempts. One that must wait (outside the window, the PBX link down) goes back to the delayed
 * set under the same job id, so it is neither lost nor doubled.
 */
@Processor(QUEUES.reminderCall, { concurrency: 20, lockDuration: LOCK_MS, stalledInterval: LOCK_MS / 2 })
export class ReminderCallProcessor extends WorkerHost {
  constructor(private readonly dialing: ReminderDialingService) {
    super();
  }

  async process(job: Job<ReminderCallJob>, token?: string): Promise<void> {
    const decision = await this.dialing.call(job.data.attemptId);
    if (decision.kind === 'later') {
      await job.moveToDelayed(decision.at.getTime(), token);
      throw new DelayedError();
    }
  }
}
