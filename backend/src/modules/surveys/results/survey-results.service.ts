import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QuestionResult, SurveyResults } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { questionKeys } from '../question-keys';
import { SurveyQuestionRecord } from '../survey-question.entity';
import { SurveysService } from '../surveys.service';
import { CreditedAnswer, csatRows } from './csat-rows';
import { ANSWER_COUNTS_SQL, ANSWER_TREND_SQL, CREDITED_ANSWERS_SQL, REACH_SQL } from './survey-results.sql';

interface Count {
  questionId: string;
  value: number | null;
  answers: number;
}
interface TrendPoint {
  questionId: string;
  day: string;
  average: number;
  answers: number;
}

/** A survey's results over a period: reach, answers per question and their trend, CSAT by whom it credits. */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveysService,
  ) {}

  async results(surveyId: string, from: string, to: string): Promise<SurveyResults> {
    const survey = await this.surveys.record(surveyId);
    const params = [surveyId, from, to];
    const [[reach], counts, trend, credited] = (await Promise.all([
      this.db.query(REACH_SQL, params),
      this.db.query(ANSWER_COUNTS_SQL, params),
      this.db.query(ANSWER_TREND_SQL, params),
      this.db.query(CREDITED_ANSWERS_SQL, params),
    ])) as [{ attempted: number; reached: number }[], Count[], TrendPoint[], CreditedAnswer[]];
    return {
      surveyId,
      from,
      to,
      attempted: reach.attempted,
      reached: reach.reached,
      responseRate: reach.attempted > 0 ? reach.reached / reach.attempted : null,
      questions: [...survey.questions]
        .sort((a, b) => a.position - b.position)
        .map((question) => questionResult(question, counts, trend)),
      byAgent: csatRows(credited, (a) => (a.agentId ? { key: a.agentId, label: a.agentName ?? '' } : null)),
      byManager: csatRows(credited, (a) =>
        a.managerId ? { key: a.managerId, label: a.managerName ?? '' } : null,
      ),
      byCategory: csatRows(credited, (a) => (a.category ? { key: a.category, label: a.category } : null)),
    };
  }
}

function questionResult(
  question: SurveyQuestionRecord,
  counts: Count[],
  trend: TrendPoint[],
): QuestionResult {
  const { min, max } = questionKeys(question.kind, question.choices);
  const own = counts.filter((count) => count.questionId === question.id);
  const answered = own.filter((count) => count.value !== null);
  const total = answered.reduce((sum, count) => sum + count.answers, 0);
  const sum = answered.reduce((acc, count) => acc + (count.value ?? 0) * count.answers, 0);
  return {
    questionId: question.id,
    question: question.prompts[0]?.text ?? '',
    counts: Array.from({ length: max - min + 1 }, (_, index) => ({
      value: min + index,
      answers: answered.find((count) => count.value === min + index)?.answers ?? 0,
    })),
    skipped: own.find((count) => count.value === null)?.answers ?? 0,
    average: total > 0 ? sum / total : null,
    trend: trend
      .filter((point) => point.questionId === question.id)
      .map(({ day, average, answers }) => ({ day, average, answers })),
  };
}
