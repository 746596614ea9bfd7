import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, Job } from 'bullmq';
import { QUEUES, SurveyCallJob } from '../../../core/queues/queues';
import { SurveyDialingService } from '../calls/survey-dialing.service';

/** How many survey calls one worker prepares at once; each campaign's own line limit applies on top. */
const CONCURRENCY = 50;
/**
 * Preparing and dialing takes well under a second, so a worker that died mid-job is noticed within seconds and
 * its job runs again elsewhere (where the attempt's claim keeps it from calling twice).
 */
const LOCK_MS = 10_000;

/**
 * Runs due survey attempts. One that must wait (campaign paused, outside the window, every line busy) goes back
 * to the delayed set under the same job id, so it is neither lost nor doubled.
 */
@Processor(QUEUES.surveyCall, {
  concurrency: CONCURRENCY,
  lockDuration: LOCK_MS,
  stalledInterval: LOCK_MS / 2,
})
export class SurveyCallProcessor extends WorkerHost {
  constructor(private readonly dialing: SurveyDialingService) {
    super();
  }

  async process(job: Job<SurveyCallJob>, token?: string): Promise<void> {
    const decision = await this.dialing.call(job.data.attemptId);
    if (decision.kind === 'later') {
      await job.moveToDelayed(decision.at.getTime(), token);
      throw new DelayedError();
    }
  }
}
