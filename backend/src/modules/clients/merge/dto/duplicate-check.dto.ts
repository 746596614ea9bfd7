import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** What the create and edit forms send before saving. */
export class DuplicateCheckDto {
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50, { message: 'may hold at most 50 numbers' })
  @IsString({ each: true, message: 'must be a list of numbers' })
  @MaxLength(64, { each: true, message: 'each number must be at most 64 characters' })
  phones?: string[];

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50, { message: 'may hold at most 50 addresses' })
  @IsString({ each: true, message: 'must be a list of addresses' })
  @MaxLength(254, { each: true, message: 'each address must be at most 254 characters' })
  emails?: string[];

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(16, { message: 'must be at most 16 characters' })
  taxId?: string;

  /** The client being edited, which is no duplicate of itself. */
  @IsOptional()
  @IsUUID('all', { message: 'must be a client id' })
  excludeId?: string;
}
