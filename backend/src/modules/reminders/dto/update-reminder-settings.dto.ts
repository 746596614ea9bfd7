import { UpdateReminderSettingsRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CallWindowDto, RetryMinutesDto } from '../../surveys/dto/save-campaign.dto';

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class InstalmentDueRuleDto {
  @IsBoolean({ message: 'must be true or false' })
  enabled!: boolean;

  @IsInt({ message: 'must be a whole number of days' })
  @Min(0, { message: 'must be 0 (the due day) or more' })
  @Max(30, { message: 'must be at most 30' })
  daysBefore!: number;
}

export class InstalmentOverdueRuleDto {
  @IsBoolean({ message: 'must be true or false' })
  enabled!: boolean;

  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1' })
  @Max(90, { message: 'must be at most 90' })
  daysAfter!: number;
}

export class TaskRuleDto {
  @IsBoolean({ message: 'must be true or false' })
  enabled!: boolean;

  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1' })
  @Max(168, { message: 'must be at most 168 (a week)' })
  hoursBefore!: number;
}

export class UpdateReminderSettingsDto implements UpdateReminderSettingsRequest {
  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => InstalmentDueRuleDto)
  instalmentDue!: InstalmentDueRuleDto;

  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => InstalmentOverdueRuleDto)
  instalmentOverdue!: InstalmentOverdueRuleDto;

  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => TaskRuleDto)
  tasks!: TaskRuleDto;

  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => CallWindowDto)
  window!: CallWindowDto;

  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10, { message: 'must be at most 10' })
  maxAttempts!: number;

  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => RetryMinutesDto)
  retryMinutes!: RetryMinutesDto;

  @IsBoolean({ message: 'must be true or false' })
  consentRequired!: boolean;

  @Matches(/^[\w.-]{1,64}$/, {
    message: 'must be a queue name of letters, digits, "_", "." and "-" (at most 64)',
  })
  operatorQueue!: string;

  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  maxConcurrentCalls!: number;
}
