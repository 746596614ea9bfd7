import { OmitType, PartialType } from '@nestjs/mapped-types';
import {
  CUSTOM_FIELD_TYPES,
  CreateCustomFieldRequest,
  CustomFieldType,
  UpdateCustomFieldRequest,
} from '@switchboard/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
} from 'class-validator';

export class CreateCustomFieldDto implements CreateCustomFieldRequest {
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, {
    message: 'must start with a lower-case letter and hold only a-z, 0-9 and _ (64 at most)',
  })
  key!: string;

  @IsString({ message: 'must be text' })
  @Length(1, 128, { message: 'must be 1 to 128 characters' })
  label!: string;

  @IsIn(CUSTOM_FIELD_TYPES, { message: `must be one of ${CUSTOM_FIELD_TYPES.join(', ')}` })
  type!: CustomFieldType;

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(100, { message: 'may hold at most 100 options' })
  @IsString({ each: true, message: 'must be a list of texts' })
  @Length(1, 100, { each: true, message: 'each option must be 1 to 100 characters' })
  options?: string[];

  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  position?: number;
}

export class UpdateCustomFieldDto
  extends PartialType(OmitType(CreateCustomFieldDto, ['key', 'type'] as const))
  implements UpdateCustomFieldRequest {}
