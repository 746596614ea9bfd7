import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { RealtimePublisher } from '../../../core/realtime/realtime.publisher';
import { ClientHistoryService } from '../../clients/history/client-history.service';
import { TasksService } from '../../tasks/tasks.service';
import { answerValue } from '../question-keys';
import { SurveyAnswerRecord } from '../survey-answer.entity';
import { SurveyAttemptRecord } from '../survey-attempt.entity';
import { SurveyQuestionRecord } from '../survey-question.entity';
import { SurveyRecord } from '../survey.entity';
import { CampaignSnapshots } from './campaign-snapshots';
import { promptLanguage } from './survey-dial-plan';

/** An attempt with the survey it asks, as the answers need them. */
interface SurveyCall {
  attempt: SurveyAttemptRecord;
  survey: SurveyRecord;
}

/**
 * A survey call's answers: each stored once per question whatever the PBX repeats; an answer at or below the
 * question's alert opens a follow-up for the client's manager; the finished call lands in the client's timeline.
 */
@Injectable()
export class SurveyAnswersService {
  private readonly logger = new Logger(SurveyAnswersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly history: ClientHistoryService,
    private readonly tasks: TasksService,
    private readonly realtime: RealtimePublisher,
    private readonly campaigns: CampaignSnapshots,
  ) {}

  async keyed(attemptId: string, questionId: string, digits: string | null, at: Date): Promise<void> {
    const call = await this.call(attemptId);
    const question = call?.survey.questions.find((candidate) => candidate.id === questionId);
    if (!call || !question) {
      this.logger.warn(
        { attemptId, questionId },
        'An answer names no attempt or question of its survey; skipped',
      );
      return;
    }
    const value = answerValue(question.kind, question.choices, digits);
    const stored = (await this.db.query(
      `INSERT INTO survey_answers (attempt_id, question_id, value, answered_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING attempt_id`,
      [attemptId, questionId, value, at],
    )) as unknown[];
    if (stored.length === 0) return;
    if (value !== null && question.alertAtOrBelow !== null && value <= question.alertAtOrBelow) {
      await this.alertManager(call, question, value);
    }
    this.published(call);
  }

  /**
   * The call ended after the client answered: its answers go to the client's timeline, once, in the same
   * transaction that completes the attempt (a completed attempt always has its timeline entry).
   */
  async finished(attemptId: string, at: Date): Promise<void> {
    const call = await this.call(attemptId);
    if (!call) return;
    const { attempt, survey } = call;
    const answers = await this.db.manager.find(SurveyAnswerRecord, { where: { attemptId } });
    const questions = [...survey.questions].sort((a, b) => a.position - b.position);
    const completed = await this.db.transaction(async (manager) => {
      const ended = await manager.update(
        SurveyAttemptRecord,
        { id: attemptId, state: 'dialing', answeredAt: Not(IsNull()) },
        { state: 'completed', endedAt: at },
      );
      if (!ended.affected) return false;
      const data = {
        attemptId,
        campaignId: attempt.campaignId,
        orderId: attempt.orderId,
        survey: survey.name,
        answers: questions.map((question) => ({
          question: this.text(question, attempt),
          value: answers.find((answer) => answer.questionId === question.id)?.value ?? null,
        })),
      };
      await this.history.record(
        { clientId: attempt.clientId, kind: 'survey', authorId: null, occurredAt: at, data },
        manager,
      );
      return true;
    });
    if (completed) this.published(call);
  }

  private async alertManager(
    { attempt, survey }: SurveyCall,
    question: SurveyQuestionRecord,
    value: number,
  ): Promise<void> {
    const [client] = (await this.db.query(
      'SELECT display_name AS name, manager_id AS "managerId" FROM clients WHERE id = $1',
      [attempt.clientId],
    )) as { name: string; managerId: string | null }[];
    if (!client) return;
    await this.tasks.createFollowUp({
      clientId: attempt.clientId,
      assigneeId: client.managerId,
      title: `${client.name} answered ${value} to "${this.text(question, attempt)}" (${survey.name})`.slice(
        0,
        200,
      ),
    });
  }

  private text(question: SurveyQuestionRecord, attempt: SurveyAttemptRecord): string {
    const language = promptLanguage(question, attempt.language);
    return question.prompts.find((prompt) => prompt.language === language)?.text ?? '';
  }

  /** The attempt alone from the database; its campaign's survey from the snapshot every answer shares. */
  private async call(id: string): Promise<SurveyCall | null> {
    const attempt = await this.db.manager.findOneBy(SurveyAttemptRecord, { id });
    const campaign = attempt && (await this.campaigns.of(attempt.campaignId));
    return attempt && campaign ? { attempt, survey: campaign.survey } : null;
  }

  private published({ attempt, survey }: SurveyCall): void {
    this.realtime.toSupervisors('survey.resultsChanged', {
      surveyId: survey.id,
      campaignId: attempt.campaignId,
    });
  }
}
