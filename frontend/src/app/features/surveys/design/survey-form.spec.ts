import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';

import { aQuestion, aSurvey } from '../../../testing/survey-fixtures';
import { surveyFieldError } from '../shared/survey-field-error.pipe';
import {
  adoptSaved,
  markRecordings,
  moveQuestion,
  questionForm,
  setKind,
  surveyErrorPath,
  surveyForm,
  toSaveRequest,
} from './survey-form';

describe('the survey form', () => {
  let fb: NonNullableFormBuilder;
  beforeEach(() => (fb = TestBed.inject(NonNullableFormBuilder)));

  const errorKey = (errors: Parameters<typeof surveyFieldError>[0]) => surveyFieldError(errors)?.key ?? null;

  it('requires a name of at most 120 characters', () => {
    const form = surveyForm(fb, null);
    expect(errorKey(form.controls.name.errors)).toBe('validation.required');
    form.controls.name.setValue('x'.repeat(121));
    expect(surveyFieldError(form.controls.name.errors)).toEqual({
      key: 'validation.maxlength',
      params: { requiredLength: 120, actualLength: 121 },
    });
    form.controls.name.setValue('x'.repeat(120));
    expect(form.controls.name.valid).toBe(true);
  });

  it('asks one to ten questions', () => {
    const form = surveyForm(fb, null);
    expect(form.controls.questions.length).toBe(1);
    form.controls.questions.removeAt(0);
    expect(surveyFieldError(form.controls.questions.errors)).toEqual({
      key: 'surveys.validation.questionsRange',
      params: { min: 1, max: 10 },
    });
    for (let index = 0; index < 11; index++) form.controls.questions.push(questionForm(fb));
    expect(errorKey(form.controls.questions.errors)).toBe('surveys.validation.questionsRange');
    form.controls.questions.removeAt(10);
    expect(form.controls.questions.errors).toBeNull();
  });

  it('wants prompt text in at least one language, each at most 500 characters', () => {
    const question = questionForm(fb);
    const prompts = question.controls.prompts;
    expect(errorKey(prompts.errors)).toBe('surveys.validation.promptRequired');
    prompts.controls.ru.controls.text.setValue('   ');
    expect(errorKey(prompts.errors)).toBe('surveys.validation.promptRequired');
    prompts.controls.ru.controls.text.setValue('Как вам доставка?');
    expect(prompts.errors).toBeNull();
    prompts.controls.en.controls.text.setValue('y'.repeat(501));
    expect(errorKey(prompts.controls.en.controls.text.errors)).toBe('validation.maxlength');
  });

  it('offers 2–9 choices to a choice question only, and a threshold on scales only', () => {
    const question = questionForm(fb);
    question.controls.prompts.controls.en.controls.text.setValue('Pick one');
    setKind(question, 'choice');
    expect(question.controls.choices.value).toBe(3);
    question.controls.choices.setValue(10);
    expect(surveyFieldError(question.controls.choices.errors)).toEqual({
      key: 'surveys.validation.choicesRange',
      params: { min: 2, max: 9 },
    });
    question.controls.choices.setValue(1);
    expect(question.controls.choices.invalid).toBe(true);
    question.controls.choices.setValue(9);
    expect(question.valid).toBe(true);

    setKind(question, 'scale10');
    expect(question.controls.choices.value).toBeNull();
    expect(question.controls.choices.valid).toBe(true);
    question.controls.alertAtOrBelow.setValue(0);
    expect(question.controls.alertAtOrBelow.valid).toBe(true);
    question.controls.alertAtOrBelow.setValue(11);
    expect(errorKey(question.controls.alertAtOrBelow.errors)).toBe('surveys.validation.numberRange');
  });

  it('keeps a threshold across scales only while the new scale has it', () => {
    const question = questionForm(fb, aQuestion({ kind: 'scale10', alertAtOrBelow: 7 }));
    setKind(question, 'scale5');
    expect(question.controls.alertAtOrBelow.value).toBeNull();
    question.controls.alertAtOrBelow.setValue(2);
    setKind(question, 'scale10');
    expect(question.controls.alertAtOrBelow.value).toBe(2);
    setKind(question, 'yesNo');
    expect(question.controls.alertAtOrBelow.value).toBeNull();
  });

  it('checks a loaded choice question against its kind from the start', () => {
    const question = questionForm(fb, aQuestion({ kind: 'choice', choices: 12, alertAtOrBelow: null }));
    expect(errorKey(question.controls.choices.errors)).toBe('surveys.validation.choicesRange');
  });

  it('sends the questions in their order, with their ids, leaving blank languages out', () => {
    const form = surveyForm(fb, aSurvey());
    form.controls.name.setValue('  After delivery  ');
    form.controls.questions.push(questionForm(fb));
    form.controls.questions.at(2).controls.prompts.controls.ru.controls.text.setValue(' Ещё? ');
    moveQuestion(form.controls.questions, 2, 0);
    expect(form.controls.questions.dirty).toBe(true);
    expect(toSaveRequest(form)).toEqual({
      name: 'After delivery',
      questions: [
        { kind: 'scale5', choices: null, alertAtOrBelow: null, prompts: [{ language: 'ru', text: 'Ещё?' }] },
        {
          id: 'q-1',
          kind: 'scale5',
          choices: null,
          alertAtOrBelow: 2,
          prompts: [
            { language: 'en', text: 'How was the delivery?' },
            { language: 'uk', text: 'Як вам доставка?' },
          ],
        },
        {
          id: 'q-2',
          kind: 'yesNo',
          choices: null,
          alertAtOrBelow: null,
          prompts: [{ language: 'en', text: 'Would you order again?' }],
        },
      ],
    });
  });

  it('does not move past either end', () => {
    const form = surveyForm(fb, aSurvey());
    moveQuestion(form.controls.questions, 0, -1);
    moveQuestion(form.controls.questions, 1, 2);
    expect(form.controls.questions.controls.map((question) => question.controls.id.value)).toEqual([
      'q-1',
      'q-2',
    ]);
    expect(form.controls.questions.dirty).toBe(false);
  });

  it('takes new recording flags from the server and leaves typed text alone', () => {
    const form = surveyForm(fb, aSurvey());
    const question = form.controls.questions.at(0);
    question.controls.prompts.controls.en.controls.text.setValue('Typed, not saved');
    markRecordings(
      question,
      aSurvey({
        questions: [
          aQuestion({
            prompts: [
              { language: 'en', text: 'How was the delivery?', hasRecording: true },
              { language: 'uk', text: 'Як вам доставка?', hasRecording: false },
            ],
          }),
        ],
      }),
    );
    const prompts = question.controls.prompts.getRawValue();
    expect(prompts.en).toEqual({ text: 'Typed, not saved', hasRecording: true });
    expect(prompts.uk.hasRecording).toBe(false);
  });

  it('takes the ids of new questions from the saved survey, in order, and is pristine after', () => {
    const form = surveyForm(fb, null);
    form.controls.questions
      .at(0)
      .controls.prompts.controls.en.controls.text.setValue('How was the delivery?');
    form.controls.questions.push(questionForm(fb));
    expect(form.dirty).toBe(false);
    form.markAsDirty();
    adoptSaved(form, aSurvey());
    expect(form.controls.questions.controls.map((question) => question.controls.id.value)).toEqual([
      'q-1',
      'q-2',
    ]);
    expect(form.controls.questions.at(0).controls.prompts.controls.uk.controls.hasRecording.value).toBe(true);
    expect(form.dirty).toBe(false);
    expect(form.controls.questions.at(0).controls.prompts.controls.en.controls.text.pristine).toBe(true);
  });

  it('finds a refused prompt by the language the request sent at that position', () => {
    const request = {
      name: 'x',
      questions: [
        {
          kind: 'scale5' as const,
          prompts: [
            { language: 'ru' as const, text: 'a' },
            { language: 'uk' as const, text: 'b' },
          ],
        },
      ],
    };
    expect(surveyErrorPath('questions.0.prompts.1.text', request)).toBe('questions.0.prompts.uk.text');
    expect(surveyErrorPath('questions.0.prompts', request)).toBe('questions.0.prompts');
    expect(surveyErrorPath('questions.0.alertAtOrBelow', request)).toBe('questions.0.alertAtOrBelow');
    expect(surveyErrorPath('questions.0.id', request)).toBe('questions.0');
    expect(surveyErrorPath('questions.4.kind', request)).toBe('questions');
    expect(surveyErrorPath('questions', request)).toBe('questions');
    expect(surveyErrorPath('name', request)).toBe('name');
    expect(surveyErrorPath('other', request)).toBeNull();
  });
});
