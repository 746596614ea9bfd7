import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReminderSettings, RetryableResult } from '@switchboard/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { QUEUES, ReminderCallJob } from '../../../core/queues/queues';
import { callerLanguage } from '../../selfservice/caller-language';
import { nextCallTime } from '../../surveys/scheduling/call-window';
import { clientTimeZone } from '../../surveys/scheduling/client-time-zone';
import { ReminderAttemptRecord } from '../reminder-attempt.entity';
import { ReminderCandidate } from './reminder-candidate';
import { skipReason } from './reminder-skip-reason';
import { REMINDER_TARGET_SQL, ReminderTarget } from './reminder-candidates.sql';

/**
 * Puts reminder attempts on the reminder-call queue. The attempt's row comes first and is unique per kind,
 * subject, occasion and attempt number; the job's id is the row's: a scan run twice adds neither a second row
 * nor a second job. A candidate that may not be called is kept as a `skipped` row, so it is not looked at again.
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUES.reminderCall) private readonly queue: Queue<ReminderCallJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first attempt, in the next call window from `at`; false when the occasion already has one. */
  enter(candidate: ReminderCandidate, settings: ReminderSettings, at: Date): Promise<boolean> {
    return this.add(candidate, settings, 1, at);
  }

  /** The next attempt after one that did not reach the client, while the settings allow another. */
  async retry(
    attempt: ReminderAttemptRecord,
    result: RetryableResult,
    settings: ReminderSettings,
    at: Date,
  ): Promise<boolean> {
    if (attempt.attempt >= settings.maxAttempts) return false;
    const after = new Date(at.getTime() + settings.retryMinutes[result] * 60_000);
    const { kind, subject, occasion, clientId, facts } = attempt;
    return this.add({ kind, subject, occasion, clientId, facts }, settings, attempt.attempt + 1, after);
  }

  /**
   * Puts every waiting attempt's job back under its own id, which BullMQ ignores for a job it still has: an attempt
   * whose row was written by a worker that died before adding the job gets it now. Returns how many rows it saw.
   */
  async requeueWaiting(): Promise<number> {
    const waiting = await this.db.manager.find(ReminderAttemptRecord, {
      where: { state: 'scheduled' },
      select: { id: true, dueAt: true },
    });
    for (const { id, dueAt } of waiting) await this.enqueue(id, dueAt);
    return waiting.length;
  }

  private async add(
    candidate: ReminderCandidate,
    settings: ReminderSettings,
    attempt: number,
    after: Date,
  ): Promise<boolean> {
    const [target] = (await this.db.query(REMINDER_TARGET_SQL, [candidate.clientId])) as ReminderTarget[];
    if (!target) return false;
    const phone = target.phone ?? '';
    const timeZone = clientTimeZone(
      { addresses: [target.deliveryAddress, target.legalAddress], e164: phone },
      settings.window.timeZone,
    );
    const dueAt = nextCallTime(after, settings.window, timeZone);
    const skipped = skipReason(target, settings, candidate, dueAt);
    const inserted = (await this.db
      .createQueryBuilder()
      .insert()
      .into(ReminderAttemptRecord)
      .values({
        kind: candidate.kind,
        subject: candidate.subject,
        occasion: candidate.occasion,
        attempt,
        clientId: candidate.clientId,
        phone,
        language: callerLanguage(phone, target.customFields, this.config.defaultLanguage),
        timeZone,
        dueAt: dueAt ?? after,
        state: skipped ? 'skipped' : 'scheduled',
        facts: candidate.facts,
        note: skipped,
      })
      .orIgnore()
      .returning(['id'])
      .execute()) as { raw: { id: string }[] };
    const id = inserted.raw[0]?.id;
    if (!id || skipped || !dueAt) return false;
    await this.enqueue(id, dueAt);
    this.logger.log({ attemptId: id, kind: candidate.kind, attempt, dueAt }, 'Reminder call scheduled');
    return true;
  }

  private async enqueue(attemptId: string, dueAt: Date): Promise<void> {
    await this.queue.add(
      'call',
      { attemptId },
      { jobId: `reminder-${attemptId}`, delay: Math.max(0, dueAt.getTime() - Date.now()) },
    );
  }
}
