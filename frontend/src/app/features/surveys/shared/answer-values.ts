import { MAX_SURVEY_CHOICES, SurveyQuestionKind } from '@switchboard/contracts';

export interface ValueRange {
  min: number;
  max: number;
}

export const MIN_SURVEY_CHOICES = 2;

/** The keys a question takes, as the contracts define them per kind. */
export function valueRange(kind: SurveyQuestionKind, choices: number | null): ValueRange {
  switch (kind) {
    case 'scale5':
      return { min: 1, max: 5 };
    case 'scale10':
      return { min: 0, max: 10 };
    case 'yesNo':
      return { min: 1, max: 2 };
    case 'choice':
      return { min: 1, max: Math.min(Math.max(choices ?? MIN_SURVEY_CHOICES, 1), MAX_SURVEY_CHOICES) };
  }
}

/** Scale questions are the ones with a threshold (and the ones CSAT counts). */
export function isScale(kind: SurveyQuestionKind): boolean {
  return kind === 'scale5' || kind === 'scale10';
}

/** Every value from the lowest to the highest. */
export function valuesOf({ min, max }: ValueRange): number[] {
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
}

/**
 * How an answer reads: yes or no for a yes/no question (1 and 2), the number otherwise. `translate` turns a
 * key into text, so the same function serves templates and chart labels.
 */
export function answerText(
  kind: SurveyQuestionKind | null,
  value: number | null,
  translate: (key: string) => string,
): string {
  if (value === null) return translate('surveys.answers.skipped');
  if (kind === 'yesNo' && (value === 1 || value === 2)) {
    return translate(value === 1 ? 'surveys.answers.yes' : 'surveys.answers.no');
  }
  return String(value);
}
