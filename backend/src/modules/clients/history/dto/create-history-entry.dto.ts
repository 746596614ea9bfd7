import { CreateHistoryEntryRequest } from '@switchboard/contracts';
import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class CreateHistoryEntryDto implements CreateHistoryEntryRequest {
  @IsIn(['note', 'meeting'], { message: 'must be note or meeting' })
  kind!: 'note' | 'meeting';

  @IsString({ message: 'must be text' })
  @Length(1, 5000, { message: 'must be 1 to 5000 characters' })
  text!: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date and time in ISO 8601' })
  occurredAt?: string;
}
