import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** `page` (1-based) and `pageSize` (at most 200) of a list, with defaults. */
export class PageQuery {
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  page = 1;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  @Max(200, { message: 'must be 200 or less' })
  pageSize = 20;
}
