import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReminderSettings } from '@switchboard/contracts';
import { AsteriskSurveyDialer } from '@switchboard/telephony';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { PromptFiles } from '../../../core/speech/prompt-files.service';
import { insideWindow, nextCallTime } from '../../surveys/scheduling/call-window';
import { ReminderAttemptRecord } from '../reminder-attempt.entity';
import { ReminderSettingsService } from '../reminder-settings.service';
import { reminderText } from '../reminder-texts';
import { REMINDER_TARGET_SQL, ReminderTarget } from '../scheduling/reminder-candidates.sql';
import { ReminderScheduler } from '../scheduling/reminder-scheduler.service';
import { LONGEST_CALL_MINUTES } from '../../surveys/calls/survey-call-limits';
import { REMINDER_DIALER } from './reminder-dialer.provider';
import { stillDue } from './reminder-subjects';

/** What became of a due attempt: dealt with (called, skipped, failed), or to be looked at again at `at`. */
export type ReminderDecision = { kind: 'done' } | { kind: 'later'; at: Date };

const PBX_DOWN_RECHECK_MS = 30_000;
const BUSY_LINES_RECHECK_MS = 1000;

/** Which setting turns each kind of reminder on. */
const enabled = (settings: ReminderSettings, kind: ReminderAttemptRecord['kind']) =>
  ({
    instalmentDue: settings.instalmentDue,
    instalmentOverdue: settings.instalmentOverdue,
    task: settings.tasks,
  })[kind].enabled;

/**
 * The worker's half of a reminder call: checks what may have changed since it was scheduled (the kind turned
 * off, the instalment paid or the task moved, consent, do-not-call, the call window), then claims the attempt and
 * dials crm-reminder with the spoken reminder. The claim (`scheduled` → `dialing` in one UPDATE) is what makes a
 * call happen at most once, whoever runs the job again.
 */
@Injectable()
export class ReminderDialingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderDialingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REMINDER_DIALER) private readonly dialer: AsteriskSurveyDialer | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: ReminderSettingsService,
    private readonly scheduler: ReminderScheduler,
    private readonly prompts: PromptFiles,
  ) {}

  onApplicationBootstrap(): void {
    this.dialer
      ?.start()
      .catch((error: Error) =>
        this.logger.error({ reason: error.message }, 'Reminder dialer not logged in yet; retrying'),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dialer?.stop();
  }

  async call(attemptId: string, now = new Date()): Promise<ReminderDecision> {
    const attempt = await this.db.manager.findOneBy(ReminderAttemptRecord, { id: attemptId });
    if (!attempt || attempt.state !== 'scheduled') return { kind: 'done' };
    const settings = await this.settings.get();
    if (!enabled(settings, attempt.kind)) return this.skip(attempt, 'reminders of this kind were turned off');
    if (!(await stillDue(this.db, attempt))) return this.skip(attempt, 'no longer due (paid, moved or done)');
    const [target] = (await this.db.query(REMINDER_TARGET_SQL, [attempt.clientId])) as ReminderTarget[];
    if (!target) return this.skip(attempt, 'the client was deleted');
    if (settings.consentRequired && !target.callConsent)
      return this.skip(attempt, 'no consent to automated calls');
    if (target.doNotCall) return this.skip(attempt, 'do not call');
    if (!insideWindow(now, settings.window, attempt.timeZone)) {
      const at = nextCallTime(now, settings.window, attempt.timeZone);
      return at ? { kind: 'later', at } : this.skip(attempt, 'the call window has no weekday');
    }
    if (!this.dialer) return this.fail(attempt, settings, 'no PBX can place reminder calls (PBX_MODE)', now);
    if (!this.dialer.connected) return { kind: 'later', at: new Date(now.getTime() + PBX_DOWN_RECHECK_MS) };
    const claim = await this.claim(attempt, settings.maxConcurrentCalls);
    if (claim === 'gone') return { kind: 'done' };
    if (claim === 'busy') return { kind: 'later', at: new Date(now.getTime() + BUSY_LINES_RECHECK_MS) };
    try {
      const prompt = await this.prompts.prompt(
        reminderText(attempt.facts, attempt.language, attempt.timeZone),
        attempt.language,
      );
      await this.dialer.dial({
        attemptId: attempt.id,
        dial: this.config.surveys.dial.replace('{number}', attempt.phone),
        callerId: this.config.surveys.callerId ?? undefined,
        variables: {
          SB_REMINDER: attempt.id,
          SB_REMINDER_PROMPT: prompt,
          SB_REMINDER_NUMBER: attempt.phone,
          SB_REMINDER_QUEUE: settings.operatorQueue,
        },
        ringSeconds: this.config.surveys.ringSeconds,
      });
      this.logger.log({ attemptId: attempt.id, kind: attempt.kind }, 'Reminder call placed');
    } catch (error) {
      return this.fail(attempt, settings, `the call could not be placed: ${(error as Error).message}`, now);
    }
    return { kind: 'done' };
  }

  /**
   * Moves the attempt to `dialing` while fewer than `lines` reminder calls are: `busy` when every line is taken,
   * `gone` when another run claimed it first.
   */
  private claim(attempt: ReminderAttemptRecord, lines: number): Promise<'claimed' | 'busy' | 'gone'> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['reminder-lines']);
      const [{ busy }] = (await manager.query(
        `SELECT count(*)::int AS busy FROM reminder_attempts
          WHERE state = 'dialing' AND dialed_at > now() - make_interval(mins => $1)`,
        [LONGEST_CALL_MINUTES],
      )) as { busy: number }[];
      if (busy >= lines) return 'busy';
      const claimed = await manager.update(
        ReminderAttemptRecord,
        { id: attempt.id, state: 'scheduled' },
        { state: 'dialing', dialedAt: new Date() },
      );
      return claimed.affected ? 'claimed' : 'gone';
    });
  }

  private async skip(attempt: ReminderAttemptRecord, note: string): Promise<ReminderDecision> {
    await this.db.manager.update(
      ReminderAttemptRecord,
      { id: attempt.id, state: 'scheduled' },
      { state: 'skipped', note },
    );
    this.logger.log({ attemptId: attempt.id, note }, 'Reminder call skipped');
    return { kind: 'done' };
  }

  private async fail(
    attempt: ReminderAttemptRecord,
    settings: ReminderSettings,
    note: string,
    now: Date,
  ): Promise<ReminderDecision> {
    await this.db.manager.update(
      ReminderAttemptRecord,
      { id: attempt.id },
      { state: 'failed', endedAt: now, note: note.slice(0, 200) },
    );
    this.logger.warn({ attemptId: attempt.id, note }, 'Reminder call failed');
    await this.scheduler.retry(attempt, 'failed', settings, now);
    return { kind: 'done' };
  }
}
