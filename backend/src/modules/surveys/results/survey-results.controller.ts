import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { Page, SurveyResponseRow, SurveyResults } from '@switchboard/contracts';
import { Roles } from '../../../core/auth/auth.decorators';
import { ValidationFailedError } from '../../../core/http/domain-error';
import { attachmentDisposition } from '../../../core/http/content-disposition';
import { UuidParam } from '../../../core/http/uuid-param';
import { ResultsExportQuery, ResultsPeriodQuery, SurveyResponsesQuery } from '../dto/results-period.query';
import { SurveyResponseRowsService } from './survey-response-rows.service';
import { SurveyResultsService } from './survey-results.service';

/** Results are for supervisors and admins: the figures, the calls behind them, a file of them. */
@Controller('surveys/:id')
@Roles('supervisor', 'admin')
export class SurveyResultsController {
  constructor(
    private readonly results: SurveyResultsService,
    private readonly rows: SurveyResponseRowsService,
  ) {}

  @Get('results')
  get(@UuidParam('id') id: string, @Query() query: ResultsPeriodQuery): Promise<SurveyResults> {
    return this.results.results(id, ...period(query));
  }

  @Get('responses')
  responses(
    @UuidParam('id') id: string,
    @Query() query: SurveyResponsesQuery,
  ): Promise<Page<SurveyResponseRow>> {
    const [from, to] = period(query);
    return this.rows.page(id, { ...query, from, to }, query.page, query.pageSize);
  }

  @Get('results/export')
  async export(@UuidParam('id') id: string, @Query() query: ResultsExportQuery): Promise<StreamableFile> {
    const [from, to] = period(query);
    const { fileName, contentType, content } = await this.rows.file(id, { from, to }, query.format);
    return new StreamableFile(content, { type: contentType, disposition: attachmentDisposition(fileName) });
  }
}

/** The period's first and last day; a period that ends before it starts is refused on `to`. */
function period({ from, to }: { from: string; to: string }): [string, string] {
  if (to < from)
    throw new ValidationFailedError([{ field: 'to', code: 'INVALID', reason: 'must not be before from' }]);
  return [from, to];
}
