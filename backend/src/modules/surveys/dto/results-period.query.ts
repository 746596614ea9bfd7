import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ISO_DATE, isoDate } from '../../../core/dates/iso-date';
import { PageQuery } from '../../../core/http/page.query';

const DAY_MS = 86_400_000;
/** The last 30 days, today included, unless the query names the period. */
const DEFAULT_DAYS = 30;

// The validation pipe fills and checks every field before a handler sees it.
export class ResultsPeriodQuery {
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date as YYYY-MM-DD' })
  from: string = isoDate(new Date(Date.now() - (DEFAULT_DAYS - 1) * DAY_MS));

  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date as YYYY-MM-DD' })
  to: string = isoDate(new Date());
}

export class ResultsExportQuery extends ResultsPeriodQuery {
  @IsIn(['csv', 'xlsx'], { message: 'must be csv or xlsx' })
  format: 'csv' | 'xlsx' = 'csv';
}

/** The drill-down: the calls behind one bar of a question's chart, or behind all of the period's answers. */
export class SurveyResponsesQuery extends PageQuery {
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date as YYYY-MM-DD' })
  from: string = isoDate(new Date(Date.now() - (DEFAULT_DAYS - 1) * DAY_MS));

  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date as YYYY-MM-DD' })
  to: string = isoDate(new Date());

  @IsOptional()
  @IsUUID('all', { message: 'must be a question id' })
  questionId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be 10 or less' })
  value?: number;
}
