import { CreateUserRequest, Language, UserRole } from '@switchboard/contracts';
import { IsOptional, ValidateIf } from 'class-validator';
import { IsDisplayName, IsExtension, IsLanguage, IsLogin, IsPassword, IsRole } from './user-fields';

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class CreateUserDto implements CreateUserRequest {
  @IsLogin()
  login!: string;

  @IsPassword()
  password!: string;

  @IsDisplayName()
  displayName!: string;

  @IsRole()
  role!: UserRole;

  @ValidateIf((_dto, value) => value !== null && value !== undefined && value !== '')
  @IsExtension()
  extension?: string | null;

  @IsOptional()
  @IsLanguage()
  language?: Language;
}
