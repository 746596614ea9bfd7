import { LocalizedText } from '@switchboard/contracts';
import { IsOptional, IsString, Length } from 'class-validator';

const IS_TEXT = { message: 'must be text' };

/** A stage name per interface language; each as long as the base name may be. */
export class StageNameTranslationsDto implements LocalizedText {
  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  en?: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  ru?: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  uk?: string;
}

/** A next-step hint per interface language. */
export class StageHintTranslationsDto implements LocalizedText {
  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 200, { message: 'must be at most 200 characters' })
  en?: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 200, { message: 'must be at most 200 characters' })
  ru?: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 200, { message: 'must be at most 200 characters' })
  uk?: string;
}
