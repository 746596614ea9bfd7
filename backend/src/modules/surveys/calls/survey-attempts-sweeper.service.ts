import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan, Not } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { AttemptScheduler } from '../scheduling/attempt-scheduler.service';
import { SurveyAttemptRecord } from '../survey-attempt.entity';
import { LONGEST_CALL_MINUTES } from './survey-call-limits';
import { SurveyAnswersService } from './survey-answers.service';

/** An OriginateResponse comes within the ring time; this much later, none will. */
const RESPONSE_GRACE_MS = 60_000;
/** Overdue this long, a waiting attempt is checked for its job. */
const OVERDUE_MS = 5 * 60_000;
const BATCH = 500;

export interface SweepResult {
  neverReported: number;
  endLost: number;
  requeued: number;
}

/**
 * What the PBX link or Redis lost, found again: a call whose answer was never reported (the worker died between
 * the claim and the Originate, or the API's link was down) fails and is retried as the campaign says; an
 * answered call whose hang-up was never seen completes with the answers it has; a waiting attempt whose job is
 * gone gets it back. Every step is guarded by the attempt's state, so sweeps side by side do each thing once.
 */
@Injectable()
export class SurveyAttemptsSweeper {
  private readonly logger = new Logger(SurveyAttemptsSweeper.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly answers: SurveyAnswersService,
    private readonly scheduler: AttemptScheduler,
  ) {}

  async sweep(now = new Date()): Promise<SweepResult> {
    const result = {
      neverReported: await this.failUnreported(now),
      endLost: await this.completeUnended(now),
      requeued: await this.requeueOverdue(now),
    };
    if (result.neverReported + result.endLost + result.requeued > 0) {
      this.logger.warn(result, 'Survey attempts recovered');
    }
    return result;
  }

  private async failUnreported(now: Date): Promise<number> {
    const ringMs = this.config.surveys.ringSeconds * 1000;
    const stale = await this.db.manager.find(SurveyAttemptRecord, {
      where: {
        state: 'dialing',
        answeredAt: IsNull(),
        dialedAt: LessThan(new Date(now.getTime() - ringMs - RESPONSE_GRACE_MS)),
      },
      take: BATCH,
    });
    let failed = 0;
    for (const attempt of stale) {
      const ended = await this.db.manager.update(
        SurveyAttemptRecord,
        { id: attempt.id, state: 'dialing', answeredAt: IsNull() },
        { state: 'failed', endedAt: now, note: 'the PBX never said whether the client answered' },
      );
      if (!ended.affected) continue;
      failed++;
      await this.scheduler.retry(attempt, 'failed', now);
    }
    return failed;
  }

  private async completeUnended(now: Date): Promise<number> {
    const stale = await this.db.manager.find(SurveyAttemptRecord, {
      where: {
        state: 'dialing',
        answeredAt: Not(IsNull()),
        dialedAt: LessThan(new Date(now.getTime() - LONGEST_CALL_MINUTES * 60_000)),
      },
      select: { id: true },
      take: BATCH,
    });
    for (const { id } of stale) await this.answers.finished(id, now);
    return stale.length;
  }

  private async requeueOverdue(now: Date): Promise<number> {
    const overdue = await this.db.manager.find(SurveyAttemptRecord, {
      where: {
        state: 'scheduled',
        dueAt: LessThan(new Date(now.getTime() - OVERDUE_MS)),
        campaign: { status: 'running' },
      },
      take: BATCH,
    });
    let requeued = 0;
    for (const attempt of overdue) if (await this.scheduler.requeue(attempt)) requeued++;
    return requeued;
  }
}
