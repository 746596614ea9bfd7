import { MoveOrderRequest } from '@switchboard/contracts';
import { IsOptional, IsString, Length } from 'class-validator';

export class MoveOrderDto implements MoveOrderRequest {
  @IsString({ message: 'must be a stage key or id' })
  @Length(1, 64, { message: 'must be a stage key or id' })
  stage!: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 500, { message: 'must be at most 500 characters' })
  comment?: string | null;
}
