import { OmitType, PartialType } from '@nestjs/mapped-types';
import { STAGE_AUTOMATIONS, SaveOrderStageRequest, StageAutomation } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { StageHintTranslationsDto, StageNameTranslationsDto } from './stage-translations.dto';

const BY_LANGUAGE = { message: 'must map languages (en, ru, uk) to texts' };

export class SaveOrderStageDto implements SaveOrderStageRequest {
  @Matches(/^[a-z][a-z0-9_]{0,31}$/, { message: 'must start with a letter and hold only a-z, 0-9 and _' })
  key!: string;

  @IsString({ message: 'must be text' })
  @Length(1, 64, { message: 'must be 1 to 64 characters' })
  name!: string;

  @IsOptional()
  @IsObject(BY_LANGUAGE)
  @ValidateNested()
  @Type(() => StageNameTranslationsDto)
  nameTranslations?: StageNameTranslationsDto;

  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  position?: number;

  @IsOptional()
  @Matches(/^#[0-9a-f]{6}$/i, { message: 'must be a colour like #4caf50' })
  color?: string;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  won?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  lost?: boolean;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 200, { message: 'must be at most 200 characters' })
  nextStep?: string | null;

  @IsOptional()
  @IsObject(BY_LANGUAGE)
  @ValidateNested()
  @Type(() => StageHintTranslationsDto)
  nextStepTranslations?: StageHintTranslationsDto;

  @IsOptional()
  @IsIn(STAGE_AUTOMATIONS, { message: `must be one of ${STAGE_AUTOMATIONS.join(', ')}` })
  automation?: StageAutomation | null;
}

export class UpdateOrderStageDto extends PartialType(OmitType(SaveOrderStageDto, ['key'] as const)) {}
