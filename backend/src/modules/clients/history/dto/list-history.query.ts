import { HISTORY_KINDS, HistoryKind, HistoryQuery } from '@switchboard/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery, PageSize } from '../../../../core/http/page.query';

export class ListHistoryQuery extends PageQuery implements HistoryQuery {
  @IsOptional()
  @IsIn(HISTORY_KINDS, { message: `must be one of ${HISTORY_KINDS.join(', ')}` })
  kind?: HistoryKind;

  /** Entries carry free text and data, so a page holds fewer than other lists. */
  @PageSize(100)
  override pageSize = 20;
}
