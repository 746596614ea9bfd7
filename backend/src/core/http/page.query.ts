import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The rules of a `pageSize`, for a list that allows fewer than 200 rows a page. A subclass must repeat
 * all of them: class-validator drops every inherited rule of a property the subclass decorates again.
 */
export const PageSize = (max: number) =>
  applyDecorators(
    Type(() => Number),
    IsInt({ message: 'must be a whole number' }),
    Min(1, { message: 'must be 1 or more' }),
    Max(max, { message: `must be ${max} or less` }),
  );

/** `page` (1-based) and `pageSize` (at most 200) of a list, with defaults. Every list query extends it. */
export class PageQuery {
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  page = 1;

  @PageSize(200)
  pageSize = 20;
}
