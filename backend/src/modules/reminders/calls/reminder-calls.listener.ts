import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PbxEvent, SurveyDialOutcome } from '@switchboard/telephony';
import { DataSource } from 'typeorm';
import { KeyedSerialQueue } from '../../../core/async/keyed-serial-queue';
import { OnDomainEvent } from '../../../core/events/on-domain-event';
import { ReminderAttemptRecord } from '../reminder-attempt.entity';
import { ReminderSettingsService } from '../reminder-settings.service';
import { ReminderScheduler } from '../scheduling/reminder-scheduler.service';
import { ReminderAnswersService } from './reminder-answers.service';

/**
 * The API's half of a reminder call, fed by its PBX link (the worker only dials): whether the client answered,
 * the key, the hang-up. One attempt's events are handled in the PBX's order.
 */
@Injectable()
export class ReminderCallsListener {
  private readonly logger = new Logger(ReminderCallsListener.name);
  private readonly serial = new KeyedSerialQueue();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly answers: ReminderAnswersService,
    private readonly settings: ReminderSettingsService,
    private readonly scheduler: ReminderScheduler,
  ) {}

  @OnDomainEvent('pbx.eventReceived')
  onPbxEvent(event: PbxEvent): void {
    if (!event.type.startsWith('reminder.') || !('attemptId' in event)) return;
    const work = () => {
      switch (event.type) {
        case 'reminder.dialed':
          return this.dialed(event.attemptId, event.outcome, event.at);
        case 'reminder.keyed':
          return this.answers.keyed(event.attemptId, event.digit, event.at);
        case 'reminder.hungUp':
          return this.answers.finished(event.attemptId, event.at);
        default:
          return Promise.resolve();
      }
    };
    this.serial
      .run(event.attemptId, work)
      .catch((error: Error) =>
        this.logger.error(
          { attemptId: event.attemptId, type: event.type, reason: error.message },
          'Reminder event lost',
        ),
      );
  }

  /** Answered: the key follows. Not reached: the attempt ends and the next one is scheduled, if any is left. */
  private async dialed(attemptId: string, outcome: SurveyDialOutcome, at: Date): Promise<void> {
    if (outcome === 'answered') {
      await this.db.manager.update(
        ReminderAttemptRecord,
        { id: attemptId, state: 'dialing' },
        { answeredAt: at },
      );
      return;
    }
    const ended = await this.db.manager.update(
      ReminderAttemptRecord,
      { id: attemptId, state: 'dialing' },
      { state: outcome, endedAt: at },
    );
    if (!ended.affected) return;
    const attempt = await this.db.manager.findOneBy(ReminderAttemptRecord, { id: attemptId });
    if (attempt) await this.scheduler.retry(attempt, outcome, await this.settings.get(), at);
  }
}
