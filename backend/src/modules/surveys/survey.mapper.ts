import { LANGUAGES, Survey, SurveySummary } from '@switchboard/contracts';
import { SurveyQuestionRecord } from './survey-question.entity';
import { SurveyRecord } from './survey.entity';

const byPosition = (a: SurveyQuestionRecord, b: SurveyQuestionRecord) => a.position - b.position;

export function toSurveyView(survey: SurveyRecord): Survey {
  return {
    id: survey.id,
    name: survey.name,
    questions: [...survey.questions].sort(byPosition).map((question) => ({
      id: question.id,
      kind: question.kind,
      choices: question.choices,
      alertAtOrBelow: question.alertAtOrBelow,
      prompts: [...question.prompts]
        .sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language))
        .map(({ language, text }) => ({
          language,
          text,
          hasRecording: question.recordedLanguages.includes(language),
        })),
    })),
    createdAt: survey.createdAt.toISOString(),
    updatedAt: survey.updatedAt.toISOString(),
  };
}

export function toSurveySummary(survey: SurveyRecord & { questionCount: number }): SurveySummary {
  return {
    id: survey.id,
    name: survey.name,
    questionCount: survey.questionCount,
    updatedAt: survey.updatedAt.toISOString(),
  };
}
