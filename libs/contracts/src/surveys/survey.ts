import { Language } from '../i18n/languages';

/**
 * `scale5`: keys 1–5; `scale10`: 0–10 (two keys for 10); `yesNo`: 1 yes, 2 no; `choice`: 1 … choices. Answers
 * are stored as keyed.
 */
export const SURVEY_QUESTION_KINDS = ['scale5', 'scale10', 'yesNo', 'choice'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

export const MAX_SURVEY_CHOICES = 9;
export const MAX_SURVEY_QUESTIONS = 10;

/**
 * What the caller hears for one question in one language: the uploaded recording when there is one, else
 * `text` spoken by the PBX's speech synthesis. `text` is also what reports show as the question.
 */
export interface SurveyPrompt {
  language: Language;
  text: string;
  /** True once a recording was uploaded for this language; it is played instead of the text. */
  hasRecording: boolean;
}

export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  /** How many choices a `choice` question offers (2–9); null for the other kinds. */
  choices: number | null;
  /** An answer at or below it opens a task for the client's manager; null: never. */
  alertAtOrBelow: number | null;
  prompts: SurveyPrompt[];
}

export interface Survey {
  id: string;
  name: string;
  questions: SurveyQuestion[];
  createdAt: string;
  updatedAt: string;
}

export interface SurveySummary {
  id: string;
  name: string;
  questionCount: number;
  updatedAt: string;
}

/**
 * Creates or replaces a survey. A question keeps its id (and so its answers and recordings) when the request
 * names it; a question left out is removed, unless it has answers (then the request is refused).
 */
export interface SaveSurveyRequest {
  name: string;
  questions: {
    id?: string;
    kind: SurveyQuestionKind;
    choices?: number | null;
    alertAtOrBelow?: number | null;
    /** One per language the survey is played in; at least one. */
    prompts: { language: Language; text: string }[];
  }[];
}
