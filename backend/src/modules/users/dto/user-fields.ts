import { applyDecorators } from '@nestjs/common';
import { LANGUAGES, PASSWORD_MIN_LENGTH, USER_ROLES } from '@switchboard/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { isCommonPassword } from '../../../core/auth/common-passwords';

/** Field rules shared by the user DTOs, so each rule is written once. */
const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const IsLogin = () =>
  applyDecorators(
    Trimmed(),
    IsString({ message: 'must be text' }),
    Matches(/^[a-z0-9._-]{3,64}$/i, {
      message: 'must be 3 to 64 characters: letters, digits, ".", "_" or "-"',
    }),
  );

export const IsDisplayName = () =>
  applyDecorators(
    Trimmed(),
    IsString({ message: 'must be text' }),
    Length(1, 128, { message: 'must be 1 to 128 characters' }),
  );

export const IsPassword = () =>
  applyDecorators(
    IsString({ message: 'must be text' }),
    MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` }),
    MaxLength(256, { message: 'must be at most 256 characters' }),
    ValidateBy({
      name: 'notCommonPassword',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isCommonPassword(value),
        defaultMessage: () => 'is one of the most common passwords; choose another',
      },
    }),
  );

export const IsRole = () => IsIn(USER_ROLES, { message: `must be one of ${USER_ROLES.join(', ')}` });

export const IsExtension = () =>
  applyDecorators(
    Trimmed(),
    IsString({ message: 'must be text' }),
    Matches(/^\d{2,8}$/, { message: 'must be 2 to 8 digits' }),
  );

export const IsLanguage = () => IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` });
