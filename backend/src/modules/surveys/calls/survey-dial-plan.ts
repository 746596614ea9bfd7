import { Language } from '@switchboard/contracts';
import { questionKeys } from '../question-keys';
import { SurveyQuestionRecord } from '../survey-question.entity';

/** The language a question is asked in: the client's when the survey has it, else the first it has. */
export function promptLanguage(question: SurveyQuestionRecord, preferred: Language): Language {
  return question.prompts.some((prompt) => prompt.language === preferred)
    ? preferred
    : (question.prompts[0]?.language ?? preferred);
}

/**
 * The channel variables crm-survey reads (dialplans/README.md): the questions in order, each with its prompt,
 * how many digits to read and which are valid. Values never hold commas (Asterisk splits Variable there).
 */
export function surveyDialVariables(
  surveyId: string,
  questions: SurveyQuestionRecord[],
  /** Each question's sound as the PBX finds it (SurveyPromptsService.forCall), by question id. */
  sounds: Map<string, string>,
): Record<string, string> {
  const variables: Record<string, string> = { SB_SURVEY: surveyId, SB_QUESTIONS: String(questions.length) };
  [...questions]
    .sort((a, b) => a.position - b.position)
    .forEach((question, index) => {
      const keys = questionKeys(question.kind, question.choices);
      const n = index + 1;
      variables[`SB_Q${n}_ID`] = question.id;
      variables[`SB_Q${n}_PROMPT`] = sounds.get(question.id) ?? '';
      variables[`SB_Q${n}_DIGITS`] = String(keys.maxDigits);
      variables[`SB_Q${n}_KEYS`] = keys.pattern;
    });
  return variables;
}
