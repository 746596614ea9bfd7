import { OrderListQuery } from '@switchboard/contracts';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../core/http/page.query';
import { ISO_DATE } from '../../../core/dates/iso-date';

const DATE = { message: 'must be a date written as YYYY-MM-DD' };
const AMOUNT = { message: 'must be an amount like 1250.00' };

export class ListOrdersQuery extends PageQuery implements OrderListQuery {
  @IsOptional()
  @IsString({ message: 'must be a stage key or id' })
  stage?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  managerId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a client id' })
  clientId?: string;

  @IsOptional()
  @Matches(ISO_DATE, DATE)
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE, DATE)
  to?: string;

  @IsOptional()
  @Matches(/^\d+(\.\d{1,2})?$/, AMOUNT)
  minTotal?: string;

  @IsOptional()
  @Matches(/^\d+(\.\d{1,2})?$/, AMOUNT)
  maxTotal?: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  q?: string;
}
