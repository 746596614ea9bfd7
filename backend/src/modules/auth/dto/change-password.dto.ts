import { ChangePasswordRequest } from '@switchboard/contracts';
import { IsString, Length } from 'class-validator';
import { IsPassword } from '../../users/dto/user-fields';

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString({ message: 'must be text' })
  @Length(1, 256, { message: 'must be 1 to 256 characters' })
  currentPassword!: string;

  @IsPassword()
  newPassword!: string;
}
