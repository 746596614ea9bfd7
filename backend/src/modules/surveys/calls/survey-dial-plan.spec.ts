import { SurveyQuestionRecord } from '../survey-question.entity';
import { promptLanguage, surveyDialVariables } from './survey-dial-plan';

const question = (fields: Partial<SurveyQuestionRecord>): SurveyQuestionRecord =>
  Object.assign(new SurveyQuestionRecord(), {
    id: 'q',
    position: 0,
    kind: 'scale5',
    choices: null,
    alertAtOrBelow: null,
    prompts: [{ language: 'en', text: 'Rate us' }],
    recordedLanguages: [],
    ...fields,
  });

describe('surveyDialVariables', () => {
  it('lists the questions in their order with prompt, digit count and valid keys', () => {
    const variables = surveyDialVariables(
      's1',
      [
        question({ id: 'b', position: 1, kind: 'scale10' }),
        question({
          id: 'a',
          position: 0,
          kind: 'choice',
          choices: 4,
          prompts: [{ language: 'ru', text: 'Выберите' }],
        }),
      ],
      new Map([
        ['a', 'switchboard/survey-a-ru-1'],
        ['b', 'switchboard/survey-b-en-2'],
      ]),
    );
    expect(variables).toEqual({
      SB_SURVEY: 's1',
      SB_QUESTIONS: '2',
      SB_Q1_ID: 'a',
      SB_Q1_PROMPT: 'switchboard/survey-a-ru-1',
      SB_Q1_DIGITS: '1',
      SB_Q1_KEYS: '[1-4]',
      SB_Q2_ID: 'b',
      SB_Q2_PROMPT: 'switchboard/survey-b-en-2',
      SB_Q2_DIGITS: '2',
      SB_Q2_KEYS: '[0-9]|10',
    });
    expect(Object.values(variables).some((value) => value.includes(','))).toBe(false);
  });
});

describe('promptLanguage', () => {
  it("asks in the client's language when the question has it", () => {
    const both = question({
      prompts: [
        { language: 'en', text: 'Rate' },
        { language: 'uk', text: 'Оцініть' },
      ],
    });
    expect(promptLanguage(both, 'uk')).toBe('uk');
    expect(promptLanguage(both, 'ru')).toBe('en');
  });
});
