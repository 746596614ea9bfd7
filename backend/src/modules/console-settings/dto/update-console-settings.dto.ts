import { UpdateConsoleSettingsRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class DispositionCodeDto {
  @Matches(/^[a-z0-9-]{1,32}$/, { message: 'must be lower-case letters, digits and "-" (at most 32)' })
  code!: string;

  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  label!: string;
}

export class UpdateConsoleSettingsDto implements UpdateConsoleSettingsRequest {
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(20, { message: 'may have at most 20 reasons' })
  @ArrayUnique({ message: 'must not repeat a reason' })
  @IsString({ each: true, message: 'must be text' })
  @MinLength(1, { each: true, message: 'must not be empty' })
  @MaxLength(64, { each: true, message: 'must be at most 64 characters each' })
  pauseReasons?: string[];

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMinSize(1, { message: 'needs at least one code' })
  @ArrayMaxSize(50, { message: 'may have at most 50 codes' })
  @ArrayUnique((entry: DispositionCodeDto) => entry.code, { message: 'must not repeat a code' })
  @ValidateNested({ each: true })
  @Type(() => DispositionCodeDto)
  dispositionCodes?: DispositionCodeDto[];

  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsInt({ message: 'must be a whole number of seconds or null' })
  @Min(5, { message: 'must be 5 seconds or more' })
  @Max(3600, { message: 'must be at most 3600 seconds' })
  wrapUpSeconds?: number | null;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  tellAgentWhenMonitored?: boolean;
}
