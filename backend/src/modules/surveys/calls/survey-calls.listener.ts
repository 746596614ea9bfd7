import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PbxEvent, SurveyDialOutcome } from '@switchboard/telephony';
import { DataSource } from 'typeorm';
import { KeyedSerialQueue } from '../../../core/async/keyed-serial-queue';
import { OnDomainEvent } from '../../../core/events/on-domain-event';
import { AttemptScheduler } from '../scheduling/attempt-scheduler.service';
import { SurveyAttemptRecord } from '../survey-attempt.entity';
import { SurveyAnswersService } from './survey-answers.service';

/**
 * The API's half of a survey call, fed by its PBX link (the worker only dials): whether the client answered,
 * each answer, the hang-up. One attempt's events are handled in the PBX's order.
 */
@Injectable()
export class SurveyCallsListener {
  private readonly logger = new Logger(SurveyCallsListener.name);
  private readonly serial = new KeyedSerialQueue();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly answers: SurveyAnswersService,
    private readonly scheduler: AttemptScheduler,
  ) {}

  @OnDomainEvent('pbx.eventReceived')
  onPbxEvent(event: PbxEvent): void {
    if (!event.type.startsWith('survey.') || !('attemptId' in event)) return;
    const work = () => {
      switch (event.type) {
        case 'survey.dialed':
          return this.dialed(event.attemptId, event.outcome, event.at);
        case 'survey.answerKeyed':
          return this.answers.keyed(event.attemptId, event.questionId, event.digits, event.at);
        case 'survey.hungUp':
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
          'Survey event lost',
        ),
      );
  }

  /** Answered: the answers follow. Not reached: the attempt ends and the next one is scheduled, if any is left. */
  private async dialed(attemptId: string, outcome: SurveyDialOutcome, at: Date): Promise<void> {
    if (outcome === 'answered') {
      await this.db.manager.update(
        SurveyAttemptRecord,
        { id: attemptId, state: 'dialing' },
        { answeredAt: at },
      );
      return;
    }
    const ended = await this.db.manager.update(
      SurveyAttemptRecord,
      { id: attemptId, state: 'dialing' },
      { state: outcome, endedAt: at },
    );
    if (!ended.affected) return;
    const attempt = await this.db.manager.findOneBy(SurveyAttemptRecord, { id: attemptId });
    if (attempt) await this.scheduler.retry(attempt, outcome, at);
  }
}
