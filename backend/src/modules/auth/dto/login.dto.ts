import { LoginRequest } from '@switchboard/contracts';
import { IsString, Length } from 'class-validator';

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class LoginDto implements LoginRequest {
  @IsString({ message: 'must be text' })
  @Length(1, 64, { message: 'must be 1 to 64 characters' })
  login!: string;

  @IsString({ message: 'must be text' })
  @Length(1, 256, { message: 'must be 1 to 256 characters' })
  password!: string;
}
