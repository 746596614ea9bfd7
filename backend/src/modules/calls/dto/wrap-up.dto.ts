import { WrapUpRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class FollowUpDto {
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  title!: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  dueAt?: string | null;
}

export class WrapUpDto implements WrapUpRequest {
  @Matches(/^[a-z0-9-]{1,32}$/, { message: 'must be a disposition code' })
  code!: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(4000, { message: 'must be at most 4000 characters' })
  note?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpDto)
  followUp?: FollowUpDto | null;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  orderId?: string | null;
}
