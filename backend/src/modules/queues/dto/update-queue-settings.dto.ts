import { QueueThresholds, UpdateQueueSettingsRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateIf, ValidateNested } from 'class-validator';

const seconds = { message: 'must be a whole number of seconds' };
const count = { message: 'must be a whole number' };

export class QueueThresholdsDto implements QueueThresholds {
  @ValidateIf((_dto, value) => value !== null)
  @IsInt(count)
  @Min(1, { message: 'must be at least 1' })
  @Max(1000, { message: 'must be at most 1000' })
  waitingAmber!: number | null;

  @ValidateIf((_dto, value) => value !== null)
  @IsInt(count)
  @Min(1, { message: 'must be at least 1' })
  @Max(1000, { message: 'must be at most 1000' })
  waitingRed!: number | null;

  @ValidateIf((_dto, value) => value !== null)
  @IsInt(seconds)
  @Min(1, { message: 'must be at least 1 second' })
  @Max(3600, { message: 'must be at most 3600 seconds' })
  longestWaitAmberSeconds!: number | null;

  @ValidateIf((_dto, value) => value !== null)
  @IsInt(seconds)
  @Min(1, { message: 'must be at least 1 second' })
  @Max(3600, { message: 'must be at most 3600 seconds' })
  longestWaitRedSeconds!: number | null;

  @ValidateIf((_dto, value) => value !== null)
  @IsInt({ message: 'must be a whole percent' })
  @Min(1, { message: 'must be at least 1%' })
  @Max(100, { message: 'must be at most 100%' })
  serviceLevelAmberPercent!: number | null;

  @ValidateIf((_dto, value) => value !== null)
  @IsInt({ message: 'must be a whole percent' })
  @Min(1, { message: 'must be at least 1%' })
  @Max(100, { message: 'must be at most 100%' })
  serviceLevelRedPercent!: number | null;
}

export class UpdateQueueSettingsDto implements UpdateQueueSettingsRequest {
  @IsOptional()
  @IsInt(seconds)
  @Min(1, { message: 'must be at least 1 second' })
  @Max(600, { message: 'must be at most 600 seconds' })
  serviceLevelSeconds?: number;

  @IsOptional()
  @IsInt(seconds)
  @Min(0, { message: 'must not be negative' })
  @Max(120, { message: 'must be at most 120 seconds' })
  shortAbandonSeconds?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => QueueThresholdsDto)
  thresholds?: QueueThresholdsDto;
}
