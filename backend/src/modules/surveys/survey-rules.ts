import { CodedFieldError } from '../../core/http/domain-error';
import { SaveSurveyDto } from './dto/save-survey.dto';
import { questionKeys } from './question-keys';

/** What the field decorators cannot see: rules between a question's fields. */
export function surveyRuleErrors(dto: SaveSurveyDto): CodedFieldError[] {
  return dto.questions.flatMap((question, index) => {
    const field = (name: string) => `questions.${index}.${name}`;
    const errors: CodedFieldError[] = [];
    if (question.kind === 'choice' && !question.choices) {
      errors.push({ field: field('choices'), code: 'REQUIRED', reason: 'is required for a choice question' });
    }
    const languages = question.prompts.map((prompt) => prompt.language);
    if (new Set(languages).size !== languages.length) {
      errors.push({ field: field('prompts'), code: 'DUPLICATE', reason: 'names a language twice' });
    }
    const alert = question.alertAtOrBelow;
    if (alert !== undefined && alert !== null) {
      const { min, max } = questionKeys(question.kind, question.choices ?? null);
      const scale = question.kind === 'scale5' || question.kind === 'scale10';
      if (!scale) {
        errors.push({
          field: field('alertAtOrBelow'),
          code: 'NOT_ALLOWED',
          reason: 'applies to scale questions only',
        });
      } else if (alert < min || alert >= max) {
        errors.push({
          field: field('alertAtOrBelow'),
          code: 'INVALID',
          reason: `must be from ${min} to ${max - 1}`,
        });
      }
    }
    return errors;
  });
}
