import { ResetPasswordRequest } from '@switchboard/contracts';
import { IsPassword } from './user-fields';

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class ResetPasswordDto implements ResetPasswordRequest {
  @IsPassword()
  password!: string;
}
