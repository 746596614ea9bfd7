import { CALL_DIRECTIONS, CALL_DISPOSITIONS, CallDirection, CallDisposition } from '@switchboard/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../core/http/page.query';

export class ListCallsQuery extends PageQuery {
  @IsOptional()
  @IsIn(['mine', 'all'], { message: 'must be mine or all' })
  scope: 'mine' | 'all' = 'mine';

  @IsOptional()
  @IsIn(CALL_DIRECTIONS, { message: `must be one of ${CALL_DIRECTIONS.join(', ')}` })
  direction?: CallDirection;

  @IsOptional()
  @IsIn(CALL_DISPOSITIONS, { message: `must be one of ${CALL_DISPOSITIONS.join(', ')}` })
  disposition?: CallDisposition;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  missed?: boolean;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  clientId?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date or date and time' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date or date and time' })
  to?: string;
}
