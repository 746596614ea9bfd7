import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan, Not } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { LONGEST_CALL_MINUTES } from '../../surveys/calls/survey-call-limits';
import { ReminderAttemptRecord } from '../reminder-attempt.entity';
import { ReminderSettingsService } from '../reminder-settings.service';
import { ReminderScheduler } from '../scheduling/reminder-scheduler.service';
import { ReminderAnswersService } from './reminder-answers.service';

/** An OriginateResponse comes within the ring time; this much later, none will. */
const RESPONSE_GRACE_MS = 60_000;
const BATCH = 500;

/**
 * Reminder calls whose end was lost, found again by each scan, as survey calls are by their sweep: one the PBX
 * never said was answered (the worker died between claim and Originate, or the API's link was down) fails and is
 * retried as the settings say; an answered one whose hang-up was never seen completes. Both free their line.
 */
@Injectable()
export class ReminderLostCalls {
  private readonly logger = new Logger(ReminderLostCalls.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly answers: ReminderAnswersService,
    private readonly scheduler: ReminderScheduler,
    private readonly settings: ReminderSettingsService,
  ) {}

  /** Returns how many calls it ended. */
  async recover(now = new Date()): Promise<number> {
    const ringMs = this.config.surveys.ringSeconds * 1000;
    const unreported = await this.db.manager.find(ReminderAttemptRecord, {
      where: {
        state: 'dialing',
        answeredAt: IsNull(),
        dialedAt: LessThan(new Date(now.getTime() - ringMs - RESPONSE_GRACE_MS)),
      },
      take: BATCH,
    });
    const unended = await this.db.manager.find(ReminderAttemptRecord, {
      where: {
        state: 'dialing',
        answeredAt: Not(IsNull()),
        dialedAt: LessThan(new Date(now.getTime() - LONGEST_CALL_MINUTES * 60_000)),
      },
      select: { id: true },
      take: BATCH,
    });
    const settings = unreported.length > 0 ? await this.settings.get() : null;
    let ended = 0;
    for (const attempt of unreported) {
      const failed = await this.db.manager.update(
        ReminderAttemptRecord,
        { id: attempt.id, state: 'dialing', answeredAt: IsNull() },
        { state: 'failed', endedAt: now, note: 'the PBX never said whether the client answered' },
      );
      if (!failed.affected || !settings) continue;
      ended++;
      await this.scheduler.retry(attempt, 'failed', settings, now);
    }
    for (const { id } of unended) await this.answers.finished(id, now);
    ended += unended.length;
    if (ended > 0) this.logger.warn({ ended }, 'Reminder calls whose end was lost were ended');
    return ended;
  }
}
