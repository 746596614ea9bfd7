import {
  CLIENT_KINDS,
  CLIENT_SORT_FIELDS,
  CLIENT_STATUSES,
  ClientKind,
  ClientListQuery,
  ClientSortField,
  ClientStatus,
} from '@switchboard/contracts';
import { Transform, Type, plainToInstance } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../core/http/page.query';
import { isoDate } from './client-parts.dto';
import { CustomFieldFilterDto } from './custom-field-filter.dto';

const oneOf = (values: readonly string[]) => IsIn(values, { message: `must be one of ${values.join(', ')}` });

/** Filters arrive as JSON text in a query string, or as a list in a saved segment; unreadable text fails validation. */
function toCustomFieldFilters({ value }: { value: unknown }): unknown {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value) as unknown;
    } catch {
      return 'unreadable';
    }
  }
  return Array.isArray(list)
    ? list.map((item: unknown) => plainToInstance(CustomFieldFilterDto, item))
    : list;
}

/** The registry's query string: the filter, its sort and the page. */
export class ListClientsQuery extends PageQuery implements ClientListQuery {
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  q?: string;

  @IsOptional()
  @oneOf(CLIENT_KINDS)
  kind?: ClientKind;

  @IsOptional()
  @oneOf(CLIENT_STATUSES)
  status?: ClientStatus;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  category?: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(40, { message: 'must be at most 40 characters' })
  tag?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  managerId?: string;

  @IsOptional()
  @isoDate()
  lastContactFrom?: string;

  @IsOptional()
  @isoDate()
  lastContactTo?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(366, { message: 'must be 366 or less' })
  birthdayWithinDays?: number;

  @IsOptional()
  @Transform(toCustomFieldFilters)
  @IsArray({ message: 'must be a JSON list of { key, op, value }' })
  @ValidateNested({ each: true, message: 'must be a JSON list of { key, op, value }' })
  customFields?: CustomFieldFilterDto[];

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  deleted?: boolean;

  @IsOptional()
  @oneOf(CLIENT_SORT_FIELDS)
  sort: ClientSortField = 'displayName';

  @IsOptional()
  @oneOf(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}
