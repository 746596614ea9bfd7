import { Language, UpdateUserRequest, UserRole } from '@switchboard/contracts';
import { IsBoolean, IsOptional, ValidateIf } from 'class-validator';
import { IsDisplayName, IsExtension, IsLanguage, IsRole } from './user-fields';

export class UpdateUserDto implements UpdateUserRequest {
  @IsOptional()
  @IsDisplayName()
  displayName?: string;

  @IsOptional()
  @IsRole()
  role?: UserRole;

  /** `null` or an empty string clears the extension. */
  @ValidateIf((_dto, value) => value !== null && value !== undefined && value !== '')
  @IsExtension()
  extension?: string | null;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;

  @IsOptional()
  @IsLanguage()
  language?: Language;
}
