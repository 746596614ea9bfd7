import {
  LANGUAGES,
  Language,
  MAX_SURVEY_CHOICES,
  MAX_SURVEY_QUESTIONS,
  SURVEY_QUESTION_KINDS,
  SaveSurveyRequest,
  SurveyQuestionKind,
} from '@switchboard/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class SurveyPromptDto {
  @IsIn(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` })
  language!: Language;

  @Transform(trim)
  @IsString({ message: 'must be text' })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  text!: string;
}

export class SurveyQuestionDto {
  @IsOptional()
  @IsUUID('all', { message: 'must be a question id' })
  id?: string;

  @IsIn(SURVEY_QUESTION_KINDS, { message: `must be one of ${SURVEY_QUESTION_KINDS.join(', ')}` })
  kind!: SurveyQuestionKind;

  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(2, { message: 'must be at least 2' })
  @Max(MAX_SURVEY_CHOICES, { message: `must be at most ${MAX_SURVEY_CHOICES}` })
  choices?: number | null;

  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(10, { message: 'must be at most 10' })
  alertAtOrBelow?: number | null;

  @IsArray({ message: 'must be a list' })
  @ArrayMinSize(1, { message: 'needs the text in at least one language' })
  @ArrayMaxSize(LANGUAGES.length, { message: `may hold at most ${LANGUAGES.length} languages` })
  @ValidateNested({ each: true })
  @Type(() => SurveyPromptDto)
  prompts!: SurveyPromptDto[];
}

export class SaveSurveyDto implements SaveSurveyRequest {
  @Transform(trim)
  @IsString({ message: 'must be text' })
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name!: string;

  @IsArray({ message: 'must be a list' })
  @ArrayMinSize(1, { message: 'needs at least one question' })
  @ArrayMaxSize(MAX_SURVEY_QUESTIONS, { message: `may hold at most ${MAX_SURVEY_QUESTIONS} questions` })
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions!: SurveyQuestionDto[];
}
