import { SurveyQuestionKind } from '@switchboard/contracts';

/** What a question accepts on the keypad, as crm-survey's `Read()` and the stored answer see it. */
export interface QuestionKeys {
  /** The lowest and highest stored value. */
  min: number;
  max: number;
  /** How many digits `Read()` takes (0–10 needs two for 10; a single digit ends by the `#` or timeout). */
  maxDigits: number;
  /** The keyed digits crm-survey accepts, as an Asterisk REGEX pattern. */
  pattern: string;
}

export function questionKeys(kind: SurveyQuestionKind, choices: number | null): QuestionKeys {
  switch (kind) {
    case 'scale5':
      return { min: 1, max: 5, maxDigits: 1, pattern: '[1-5]' };
    case 'scale10':
      return { min: 0, max: 10, maxDigits: 2, pattern: '[0-9]|10' };
    case 'yesNo':
      // 1 is yes, 2 is no, stored as keyed.
      return { min: 1, max: 2, maxDigits: 1, pattern: '[12]' };
    case 'choice':
      return { min: 1, max: choices ?? 2, maxDigits: 1, pattern: `[1-${choices ?? 2}]` };
  }
}

/** The stored value of what the client keyed, or null when it is not a valid answer to the question. */
export function answerValue(
  kind: SurveyQuestionKind,
  choices: number | null,
  digits: string | null,
): number | null {
  if (digits === null || !/^\d{1,2}$/.test(digits)) return null;
  const keyed = Number(digits);
  const { min, max } = questionKeys(kind, choices);
  return keyed >= min && keyed <= max ? keyed : null;
}

/** Scale questions count towards CSAT: the share of answers in their top two values. */
export function isSatisfied(kind: SurveyQuestionKind, value: number): boolean | null {
  if (kind === 'scale5') return value >= 4;
  if (kind === 'scale10') return value >= 9;
  return null;
}
