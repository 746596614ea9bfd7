import { HISTORY_KINDS, HistoryKind, HistoryQuery } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListHistoryQuery implements HistoryQuery {
  @IsOptional()
  @IsIn(HISTORY_KINDS, { message: `must be one of ${HISTORY_KINDS.join(', ')}` })
  kind?: HistoryKind;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  page = 1;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  @Max(100, { message: 'must be 100 or less' })
  pageSize = 20;
}
