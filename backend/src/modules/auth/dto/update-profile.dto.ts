import { Language, UpdateProfileRequest } from '@switchboard/contracts';
import { IsOptional } from 'class-validator';
import { IsDisplayName, IsLanguage } from '../../users/dto/user-fields';

export class UpdateProfileDto implements UpdateProfileRequest {
  @IsOptional()
  @IsDisplayName()
  displayName?: string;

  @IsOptional()
  @IsLanguage()
  language?: Language;
}
