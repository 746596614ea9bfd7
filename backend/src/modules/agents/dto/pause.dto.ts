import { PauseRequest } from '@switchboard/contracts';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { QUEUE_NAME } from './queue-login.dto';

export class PauseDto implements PauseRequest {
  @IsBoolean({ message: 'must be true or false' })
  paused!: boolean;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  reason?: string | null;

  @IsOptional()
  @Matches(QUEUE_NAME, { message: 'must be a queue name (letters, digits, "_" and "-", at most 64)' })
  queue?: string | null;
}
