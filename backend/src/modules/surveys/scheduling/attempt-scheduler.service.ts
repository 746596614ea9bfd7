import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RetryableResult } from '@switchboard/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { QUEUES, SurveyCallJob } from '../../../core/queues/queues';
import { CampaignRecord } from '../campaign.entity';
import { SurveyAttemptRecord } from '../survey-attempt.entity';
import { attemptLanguage } from './attempt-language';
import { nextCallTime } from './call-window';
import { clientTimeZone } from './client-time-zone';
import { SURVEY_TARGET_SQL, SurveyTarget } from './survey-target.sql';

export interface CampaignSubject {
  clientId: string;
  /** The order the call is about; null for a client put on a manual campaign. */
  orderId: string | null;
}

/**
 * Puts attempts on the survey-call queue. The attempt's row comes first and is unique per campaign, subject and
 * attempt number, and the job's id is made of the same three: a trigger fired twice, or a retry scheduled
 * twice, adds neither a second row nor a second job.
 */
@Injectable()
export class AttemptScheduler {
  private readonly logger = new Logger(AttemptScheduler.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUES.surveyCall) private readonly queue: Queue<SurveyCallJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first attempt, the campaign's delay after `at`; false when the subject already has one. */
  enter(campaign: CampaignRecord, subject: CampaignSubject, at: Date): Promise<boolean> {
    return this.add(campaign, subject, 1, new Date(at.getTime() + campaign.delayMinutes * 60_000));
  }

  /**
   * Puts a waiting attempt's job back when Redis lost it, or when its job ended without calling (failed for good
   * while the database was away); true when it did. A job still waiting or running is left alone.
   */
  async requeue(attempt: SurveyAttemptRecord): Promise<boolean> {
    const jobId = surveyJobId(attempt.campaignId, attempt.subject, attempt.attempt);
    const job = await this.queue.getJob(jobId);
    if (job && !(await job.isFailed()) && !(await job.isCompleted())) return false;
    await job?.remove();
    await this.queue.add('call', { attemptId: attempt.id }, { jobId });
    this.logger.warn({ attemptId: attempt.id, campaignId: attempt.campaignId }, 'Survey call job restored');
    return true;
  }

  /** The next attempt after one that did not reach the client, when the campaign allows another. */
  async retry(attempt: SurveyAttemptRecord, result: RetryableResult, at: Date): Promise<boolean> {
    const campaign = await this.db.manager.findOneBy(CampaignRecord, { id: attempt.campaignId });
    if (!campaign || campaign.status === 'stopped' || attempt.attempt >= campaign.maxAttempts) return false;
    const after = new Date(at.getTime() + campaign.retryMinutes[result] * 60_000);
    return this.add(
      campaign,
      { clientId: attempt.clientId, orderId: attempt.orderId },
      attempt.attempt + 1,
      after,
    );
  }

  private async add(
    campaign: CampaignRecord,
    subject: CampaignSubject,
    attempt: number,
    after: Date,
  ): Promise<boolean> {
    const [target] = (await this.db.query(SURVEY_TARGET_SQL, [subject.clientId])) as SurveyTarget[];
    if (!target) return false;
    const phone = target.phone ?? '';
    const timeZone = clientTimeZone(
      { addresses: [target.deliveryAddress, target.legalAddress], e164: phone },
      campaign.window.timeZone,
    );
    const dueAt = nextCallTime(after, campaign.window, timeZone);
    const skipped = !phone
      ? 'the client has no phone number'
      : !dueAt
        ? 'the call window has no weekday'
        : null;
    const key = subject.orderId ?? subject.clientId;
    const inserted = (await this.db
      .createQueryBuilder()
      .insert()
      .into(SurveyAttemptRecord)
      .values({
        campaignId: campaign.id,
        clientId: subject.clientId,
        orderId: subject.orderId,
        subject: key,
        attempt,
        phone,
        language: attemptLanguage(phone, this.config.defaultLanguage),
        timeZone,
        dueAt: dueAt ?? after,
        state: skipped ? 'skipped' : 'scheduled',
        note: skipped,
      })
      .orIgnore()
      .returning(['id'])
      .execute()) as { raw: { id: string }[] };
    const id = inserted.raw[0]?.id;
    if (!id || skipped || !dueAt) return Boolean(id);
    await this.queue.add(
      'call',
      { attemptId: id },
      { jobId: surveyJobId(campaign.id, key, attempt), delay: Math.max(0, dueAt.getTime() - Date.now()) },
    );
    this.logger.log({ attemptId: id, campaignId: campaign.id, attempt, dueAt }, 'Survey call scheduled');
    return true;
  }
}

/** The same campaign, subject and attempt always name the same job: a second add of it is a no-op. */
function surveyJobId(campaignId: string, subject: string, attempt: number): string {
  return `survey-${campaignId}-${subject}-${attempt}`;
}
