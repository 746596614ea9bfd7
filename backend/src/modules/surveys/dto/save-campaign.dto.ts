import { CallWindow, CampaignTrigger, RetryableResult, SaveCampaignRequest } from '@switchboard/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEK_MINUTES = 7 * 24 * 60;

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class CampaignTriggerDto {
  @IsIn(['orderStage', 'payment', 'manual'], { message: 'must be orderStage, payment or manual' })
  kind!: CampaignTrigger['kind'];

  @IsOptional()
  @IsUUID('all', { message: 'must be a funnel stage id' })
  stageId?: string;
}

export class CallWindowDto implements CallWindow {
  @Matches(TIME, { message: 'must be a time as HH:MM' })
  from!: string;

  @Matches(TIME, { message: 'must be a time as HH:MM' })
  to!: string;

  @IsArray({ message: 'must be a list' })
  @ArrayUnique({ message: 'names a day twice' })
  @IsInt({ each: true, message: 'must be weekdays 1 (Monday) to 7 (Sunday)' })
  @Min(1, { each: true, message: 'must be weekdays 1 (Monday) to 7 (Sunday)' })
  @Max(7, { each: true, message: 'must be weekdays 1 (Monday) to 7 (Sunday)' })
  days!: number[];

  @IsString({ message: 'must be text' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  timeZone!: string;
}

export class RetryMinutesDto implements Record<RetryableResult, number> {
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(WEEK_MINUTES, { message: 'must be at most a week' })
  noAnswer!: number;

  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(WEEK_MINUTES, { message: 'must be at most a week' })
  busy!: number;

  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(WEEK_MINUTES, { message: 'must be at most a week' })
  failed!: number;
}

export class SaveCampaignDto implements SaveCampaignRequest {
  @Transform(trim)
  @IsString({ message: 'must be text' })
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name!: string;

  @IsUUID('all', { message: 'must be a survey id' })
  surveyId!: string;

  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => CampaignTriggerDto)
  trigger!: CampaignTriggerDto & CampaignTrigger;

  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0, { message: 'must be at least 0' })
  @Max(30 * 24 * 60, { message: 'must be at most 30 days' })
  delayMinutes!: number;

  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => CallWindowDto)
  window!: CallWindowDto;

  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10, { message: 'must be at most 10' })
  maxAttempts!: number;

  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => RetryMinutesDto)
  retryMinutes!: RetryMinutesDto;

  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  maxConcurrentCalls!: number;

  @IsBoolean({ message: 'must be true or false' })
  consentRequired!: boolean;

  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(10_000, { message: 'may hold at most 10000 numbers' })
  @IsString({ each: true, message: 'must be a list of phone numbers' })
  doNotCall!: string[];
}

export class AddCampaignTargetsDto {
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(10_000, { message: 'may hold at most 10000 clients' })
  @IsUUID('all', { each: true, message: 'must be a list of client ids' })
  clientIds?: string[];

  @IsOptional()
  @IsUUID('all', { message: 'must be a segment id' })
  segmentId?: string;
}
