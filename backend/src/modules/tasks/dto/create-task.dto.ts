import { CreateTaskRequest, TASK_KINDS, TaskKind } from '@switchboard/contracts';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateTaskDto implements CreateTaskRequest {
  @IsOptional()
  @IsIn(TASK_KINDS, { message: `must be one of ${TASK_KINDS.join(', ')}` })
  kind: TaskKind = 'follow-up';

  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  title!: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  clientId?: string | null;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  callId?: string | null;

  /** Defaults to the author. */
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assigneeId?: string | null;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  dueAt?: string | null;
}
