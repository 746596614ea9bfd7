import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../core/http/page.query';

export class ListTasksQuery extends PageQuery {
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  clientId?: string;

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  open = true;

  @IsOptional()
  @IsIn(['mine', 'all'], { message: 'must be mine or all' })
  scope: 'mine' | 'all' = 'mine';
}
