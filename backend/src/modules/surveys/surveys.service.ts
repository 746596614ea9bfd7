import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Survey, SurveySummary } from '@switchboard/contracts';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { ValidationFailedError } from '../../core/http/domain-error';
import { CampaignRecord } from './campaign.entity';
import { SaveSurveyDto } from './dto/save-survey.dto';
import { SurveyAnswerRecord } from './survey-answer.entity';
import { SurveyQuestionRecord } from './survey-question.entity';
import { surveyRuleErrors } from './survey-rules';
import { SurveyRecord } from './survey.entity';
import { toSurveySummary, toSurveyView } from './survey.mapper';
import { AnsweredQuestionRemovedError, SurveyInUseError, SurveyNotFoundError } from './surveys.errors';

/** Surveys and their questions: admins design them, campaigns play them. */
@Injectable()
export class SurveysService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<SurveySummary[]> {
    const rows = await this.db
      .getRepository(SurveyRecord)
      .createQueryBuilder('survey')
      .loadRelationCountAndMap('survey.questionCount', 'survey.questions')
      .orderBy('lower(survey.name)', 'ASC')
      .getMany();
    return (rows as (SurveyRecord & { questionCount: number })[]).map(toSurveySummary);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Survey> {
    return toSurveyView(await this.record(id, manager));
  }

  async record(id: string, manager: EntityManager = this.db.manager): Promise<SurveyRecord> {
    const survey = await manager.findOne(SurveyRecord, { where: { id }, relations: { questions: true } });
    if (!survey) throw new SurveyNotFoundError(id);
    return survey;
  }

  async create(dto: SaveSurveyDto): Promise<Survey> {
    this.check(dto);
    return this.db.transaction(async (manager) => {
      const { id } = await manager.save(SurveyRecord, manager.create(SurveyRecord, { name: dto.name }));
      await this.writeQuestions(id, dto, manager);
      return this.get(id, manager);
    });
  }

  /** Questions named by id keep their answers; one left out goes, unless clients answered it. */
  async update(id: string, dto: SaveSurveyDto): Promise<Survey> {
    this.check(dto);
    return this.db.transaction(async (manager) => {
      const survey = await manager.findOne(SurveyRecord, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!survey) throw new SurveyNotFoundError(id);
      const kept = dto.questions
        .map((question) => question.id)
        .filter((questionId): questionId is string => !!questionId);
      const removed = await manager.find(SurveyQuestionRecord, {
        where: { survey: { id }, id: Not(In(kept.length > 0 ? kept : [id])) },
      });
      if (removed.length > 0) {
        const answered = await manager.count(SurveyAnswerRecord, {
          where: { questionId: In(removed.map((q) => q.id)) },
        });
        if (answered > 0) throw new AnsweredQuestionRemovedError();
        await manager.delete(
          SurveyQuestionRecord,
          removed.map((question) => question.id),
        );
      }
      await manager.update(SurveyRecord, { id }, { name: dto.name, updatedAt: new Date() });
      await this.writeQuestions(id, dto, manager);
      return this.get(id, manager);
    });
  }

  async remove(id: string): Promise<void> {
    await this.record(id);
    const campaigns = await this.db.manager.count(CampaignRecord, { where: { survey: { id } } });
    if (campaigns > 0) throw new SurveyInUseError(campaigns);
    await this.db.manager.delete(SurveyRecord, { id });
  }

  private check(dto: SaveSurveyDto): void {
    const errors = surveyRuleErrors(dto);
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }

  private async writeQuestions(surveyId: string, dto: SaveSurveyDto, manager: EntityManager): Promise<void> {
    const existing = new Set(
      (
        await manager.find(SurveyQuestionRecord, {
          where: { survey: { id: surveyId } },
          select: { id: true },
        })
      ).map((question) => question.id),
    );
    for (const [position, question] of dto.questions.entries()) {
      if (question.id && !existing.has(question.id)) {
        throw new ValidationFailedError([
          {
            field: `questions.${position}.id`,
            code: 'NOT_FOUND',
            reason: 'names no question of this survey',
          },
        ]);
      }
      const fields = {
        survey: { id: surveyId },
        position,
        kind: question.kind,
        choices: question.kind === 'choice' ? (question.choices ?? null) : null,
        alertAtOrBelow: question.alertAtOrBelow ?? null,
        prompts: question.prompts.map(({ language, text }) => ({ language, text })),
      };
      if (question.id) await manager.update(SurveyQuestionRecord, { id: question.id }, fields);
      else await manager.insert(SurveyQuestionRecord, fields);
    }
  }
}
