import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsteriskSurveyDialer } from '@switchboard/telephony';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { AttemptScheduler } from '../scheduling/attempt-scheduler.service';
import { insideWindow, nextCallTime } from '../scheduling/call-window';
import { SURVEY_TARGET_SQL, SurveyTarget } from '../scheduling/survey-target.sql';
import { SurveyPromptsService } from '../prompts/survey-prompts.service';
import { SurveyAttemptRecord } from '../survey-attempt.entity';
import { CampaignSnapshots } from './campaign-snapshots';
import { LONGEST_CALL_MINUTES } from './survey-call-limits';
import { SURVEY_DIALER } from './survey-dialer.provider';
import { promptLanguage, surveyDialVariables } from './survey-dial-plan';

/** What became of a due attempt: dealt with (called, skipped, failed), or to be looked at again at `at`. */
export type DialDecision = { kind: 'done' } | { kind: 'later'; at: Date };

const PAUSED_RECHECK_MS = 60_000;
const PBX_DOWN_RECHECK_MS = 30_000;
const BUSY_LINES_RECHECK_MS = 250;

/**
 * The worker's half of a survey call: checks what may have changed since the attempt was scheduled (campaign
 * paused or stopped, consent, do-not-call, call window, lines free), then claims the attempt and dials. The claim
 * (`scheduled` → `dialing` in one UPDATE) is what makes a call happen at most once, whoever runs the job again.
 */
@Injectable()
export class SurveyDialingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SurveyDialingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SURVEY_DIALER) private readonly dialer: AsteriskSurveyDialer | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: AttemptScheduler,
    private readonly prompts: SurveyPromptsService,
    private readonly campaigns: CampaignSnapshots,
  ) {}

  onApplicationBootstrap(): void {
    this.dialer
      ?.start()
      .catch((error: Error) =>
        this.logger.error({ reason: error.message }, 'Survey dialer not logged in yet; retrying'),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dialer?.stop();
  }

  async call(attemptId: string, now = new Date()): Promise<DialDecision> {
    const attempt = await this.db.manager.findOneBy(SurveyAttemptRecord, { id: attemptId });
    if (!attempt || attempt.state !== 'scheduled') return { kind: 'done' };
    const campaign = await this.campaigns.of(attempt.campaignId);
    if (!campaign) return { kind: 'done' };
    if (campaign.status === 'stopped') return this.skip(attempt, 'the campaign was stopped');
    if (campaign.status !== 'running')
      return { kind: 'later', at: new Date(now.getTime() + PAUSED_RECHECK_MS) };
    const [target] = (await this.db.query(SURVEY_TARGET_SQL, [attempt.clientId])) as SurveyTarget[];
    if (!target) return this.skip(attempt, 'the client was deleted');
    if (campaign.consentRequired && !target.callConsent)
      return this.skip(attempt, 'no consent to automated calls');
    if (target.doNotCall || campaign.doNotCall.includes(attempt.phone))
      return this.skip(attempt, 'do not call');
    if (!insideWindow(now, campaign.window, attempt.timeZone)) {
      const at = nextCallTime(now, campaign.window, attempt.timeZone);
      return at ? { kind: 'later', at } : this.skip(attempt, 'the call window has no weekday');
    }
    if (!this.dialer) return this.fail(attempt, 'no PBX can place survey calls (PBX_MODE)', now);
    if (!this.dialer.connected) return { kind: 'later', at: new Date(now.getTime() + PBX_DOWN_RECHECK_MS) };
    if (!(await this.claim(attempt, campaign.maxConcurrentCalls))) {
      return { kind: 'later', at: new Date(now.getTime() + BUSY_LINES_RECHECK_MS) };
    }
    try {
      const { questions } = campaign.survey;
      const sounds = new Map<string, string>();
      for (const question of questions) {
        sounds.set(
          question.id,
          await this.prompts.forCall(question, promptLanguage(question, attempt.language)),
        );
      }
      await this.dialer.dial({
        attemptId: attempt.id,
        dial: this.config.surveys.dial.replace('{number}', attempt.phone),
        callerId: this.config.surveys.callerId ?? undefined,
        variables: surveyDialVariables(campaign.survey.id, questions, sounds),
        ringSeconds: this.config.surveys.ringSeconds,
      });
      this.logger.log({ attemptId: attempt.id, campaignId: campaign.id }, 'Survey call placed');
    } catch (error) {
      return this.fail(attempt, `the call could not be placed: ${(error as Error).message}`, now);
    }
    return { kind: 'done' };
  }

  /** Moves the attempt to `dialing` while fewer than `lines` calls of its campaign are; false: no line free. */
  private claim(attempt: SurveyAttemptRecord, lines: number): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `survey-campaign:${attempt.campaignId}`,
      ]);
      const [{ busy }] = (await manager.query(
        `SELECT count(*)::int AS busy FROM survey_attempts
          WHERE campaign_id = $1 AND state = 'dialing' AND dialed_at > now() - make_interval(mins => $2)`,
        [attempt.campaignId, LONGEST_CALL_MINUTES],
      )) as { busy: number }[];
      if (busy >= lines) return false;
      const claimed = await manager.update(
        SurveyAttemptRecord,
        { id: attempt.id, state: 'scheduled' },
        { state: 'dialing', dialedAt: new Date() },
      );
      return Boolean(claimed.affected);
    });
  }

  private async skip(attempt: SurveyAttemptRecord, note: string): Promise<DialDecision> {
    await this.db.manager.update(
      SurveyAttemptRecord,
      { id: attempt.id, state: 'scheduled' },
      { state: 'skipped', note },
    );
    this.logger.log({ attemptId: attempt.id, note }, 'Survey call skipped');
    return { kind: 'done' };
  }

  private async fail(attempt: SurveyAttemptRecord, note: string, now: Date): Promise<DialDecision> {
    await this.db.manager.update(
      SurveyAttemptRecord,
      { id: attempt.id },
      { state: 'failed', endedAt: now, note: note.slice(0, 200) },
    );
    this.logger.warn({ attemptId: attempt.id, note }, 'Survey call failed');
    await this.scheduler.retry(attempt, 'failed', now);
    return { kind: 'done' };
  }
}
