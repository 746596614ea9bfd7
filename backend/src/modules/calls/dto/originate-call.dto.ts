import { OriginateCallRequest } from '@switchboard/contracts';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class OriginateCallDto implements OriginateCallRequest {
  @IsString({ message: 'must be text' })
  @MaxLength(32, { message: 'must be at most 32 characters' })
  @Matches(/^\+?[\d\s()-]{3,}$/, { message: 'must be a phone number (digits, spaces, +, -, parentheses)' })
  number!: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  clientId?: string | null;
}
