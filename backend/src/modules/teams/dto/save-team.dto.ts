import { SaveTeamRequest } from '@switchboard/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class SaveTeamDto implements SaveTeamRequest {
  @Transform(({ value }: { value: unknown }) => trim(value))
  @IsString({ message: 'must be text' })
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  name!: string;

  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(500, { message: 'may hold at most 500 members' })
  @IsUUID('all', { each: true, message: 'must be a list of user ids' })
  memberIds!: string[];

  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trim) : value))
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(100, { message: 'may hold at most 100 queues' })
  @IsString({ each: true, message: 'must be a list of texts' })
  @MinLength(1, { each: true, message: 'each queue must be named' })
  @MaxLength(64, { each: true, message: 'each queue must be at most 64 characters' })
  queues!: string[];
}
