import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES, SurveySweepJob } from '../../../core/queues/queues';
import { SurveyAttemptsSweeper, SweepResult } from '../calls/survey-attempts-sweeper.service';

const EVERY_MS = 60_000;

/** Runs the sweep of lost survey calls and jobs once a minute, in whichever worker takes the job. */
@Processor(QUEUES.surveySweep)
export class SurveySweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sweeper: SurveyAttemptsSweeper,
    @InjectQueue(QUEUES.surveySweep) private readonly queue: Queue<SurveySweepJob>,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('survey-sweep', { every: EVERY_MS }, { name: 'sweep' });
  }

  process(): Promise<SweepResult> {
    return this.sweeper.sweep();
  }
}
