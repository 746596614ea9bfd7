import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, SurveyResponseRow } from '@switchboard/contracts';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { TABLE_CONTENT_TYPES, TableFormat, tableFile } from '../../../core/csv/table-files';
import { SurveysService } from '../surveys.service';
import { RESPONSE_ROWS_SQL } from './survey-response-rows.sql';

type Row = SurveyResponseRow & { orderNumber: string | null; phone: string; total: number };

export interface PeriodFilter {
  from: string;
  to: string;
  questionId?: string;
  value?: number;
}

const EXPORT_BATCH = 1000;

/** The calls behind a survey's results: a page for the drill-down, or all of them as a CSV or XLSX file. */
@Injectable()
export class SurveyResponseRowsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveysService,
  ) {}

  async page(
    surveyId: string,
    filter: PeriodFilter,
    page: number,
    pageSize: number,
  ): Promise<Page<SurveyResponseRow>> {
    await this.surveys.record(surveyId);
    const rows = await this.rows(surveyId, filter, pageSize, (page - 1) * pageSize);
    return {
      items: rows.map(({ total: _total, orderNumber: _number, phone: _phone, ...row }) => row),
      total: rows[0]?.total ?? 0,
      page,
      pageSize,
    };
  }

  async file(
    surveyId: string,
    filter: PeriodFilter,
    format: TableFormat,
  ): Promise<{ fileName: string; contentType: string; content: Readable }> {
    const survey = await this.surveys.get(surveyId);
    const questions = survey.questions.map((question) => ({
      id: question.id,
      title: question.prompts[0]?.text ?? '',
    }));
    const headers = [
      'Date',
      'Client',
      'Phone',
      'Order',
      'Agent',
      'Campaign',
      ...questions.map((q) => q.title),
    ];
    const rows = async function* (this: SurveyResponseRowsService) {
      for (let offset = 0; ; offset += EXPORT_BATCH) {
        const batch = await this.rows(surveyId, filter, EXPORT_BATCH, offset);
        for (const row of batch) {
          const value = (id: string) => row.answers.find((answer) => answer.questionId === id)?.value;
          yield [
            row.calledAt,
            row.client.name,
            row.phone,
            row.orderNumber ?? '',
            row.agent?.displayName ?? '',
            row.campaignName,
            ...questions.map((question) => String(value(question.id) ?? '')),
          ];
        }
        if (batch.length < EXPORT_BATCH) return;
      }
    }.call(this);
    return {
      fileName: `survey-${filter.from}-${filter.to}.${format}`,
      contentType: TABLE_CONTENT_TYPES[format],
      content: tableFile(format, 'Responses', headers, rows),
    };
  }

  private rows(surveyId: string, filter: PeriodFilter, limit: number, offset: number): Promise<Row[]> {
    return this.db.query(RESPONSE_ROWS_SQL, [
      surveyId,
      filter.from,
      filter.to,
      filter.questionId ?? null,
      filter.value ?? null,
      limit,
      offset,
    ]);
  }
}
