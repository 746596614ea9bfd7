import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  LANGUAGES,
  Language,
  MAX_SURVEY_CHOICES,
  MAX_SURVEY_QUESTIONS,
  SaveSurveyRequest,
  Survey,
  SurveyQuestion,
  SurveyQuestionKind,
} from '@switchboard/contracts';

import { MIN_SURVEY_CHOICES, isScale, valueRange } from '../shared/answer-values';

/** As the API checks them. */
export const SURVEY_NAME_MAX = 120;
export const PROMPT_TEXT_MAX = 500;

export type PromptForm = FormGroup<{ text: FormControl<string>; hasRecording: FormControl<boolean> }>;
export type PromptsForm = FormGroup<Record<Language, PromptForm>>;
export type QuestionForm = FormGroup<{
  /** Null until the server has saved the question. */
  id: FormControl<string | null>;
  kind: FormControl<SurveyQuestionKind>;
  choices: FormControl<number | null>;
  alertAtOrBelow: FormControl<number | null>;
  prompts: PromptsForm;
}>;
export type SurveyForm = FormGroup<{ name: FormControl<string>; questions: FormArray<QuestionForm> }>;

const kindOf = (control: AbstractControl): SurveyQuestionKind | null =>
  (control.parent?.get('kind')?.value as SurveyQuestionKind | undefined) ?? null;

/** `questionsRange`: a survey asks one to ten questions. */
export function questionsInRange(array: AbstractControl): ValidationErrors | null {
  const count = (array as FormArray).length;
  return count < 1 || count > MAX_SURVEY_QUESTIONS
    ? { questionsRange: { min: 1, max: MAX_SURVEY_QUESTIONS } }
    : null;
}

/** `promptRequired`: at least one language has text, which is also what reports show as the question. */
export function promptInSomeLanguage(prompts: AbstractControl): ValidationErrors | null {
  const texts = Object.values((prompts as PromptsForm).getRawValue()).map((prompt) => prompt.text.trim());
  return texts.some((text) => text !== '') ? null : { promptRequired: true };
}

/** `choicesRange`: a choice question offers 2–9 keys; other kinds have no choices. */
export function choicesInRange(control: AbstractControl<number | null>): ValidationErrors | null {
  if (kindOf(control) !== 'choice') return null;
  const value = control.value;
  return value === null ||
    !Number.isInteger(value) ||
    value < MIN_SURVEY_CHOICES ||
    value > MAX_SURVEY_CHOICES
    ? { choicesRange: { min: MIN_SURVEY_CHOICES, max: MAX_SURVEY_CHOICES } }
    : null;
}

/** `numberRange`: the threshold is one of the scale's values, or none. */
export function thresholdInRange(control: AbstractControl<number | null>): ValidationErrors | null {
  const kind = kindOf(control);
  if (control.value === null || kind === null || !isScale(kind)) return null;
  const range = valueRange(kind, null);
  return control.value < range.min || control.value > range.max ? { numberRange: range } : null;
}

function promptsForm(fb: NonNullableFormBuilder, question?: SurveyQuestion): PromptsForm {
  const groups = Object.fromEntries(
    LANGUAGES.map((language) => {
      const prompt = question?.prompts.find((item) => item.language === language);
      const group: PromptForm = fb.group({
        text: fb.control(prompt?.text ?? '', Validators.maxLength(PROMPT_TEXT_MAX)),
        hasRecording: fb.control(prompt?.hasRecording ?? false),
      });
      return [language, group];
    }),
  ) as Record<Language, PromptForm>;
  return fb.group(groups, { validators: promptInSomeLanguage });
}

/** One question: a saved one to edit, or a new five-point scale with no text yet. */
export function questionForm(fb: NonNullableFormBuilder, question?: SurveyQuestion): QuestionForm {
  const group = fb.group({
    id: fb.control<string | null>(question?.id ?? null),
    kind: fb.control<SurveyQuestionKind>(question?.kind ?? 'scale5'),
    choices: fb.control<number | null>(question?.choices ?? null, choicesInRange),
    alertAtOrBelow: fb.control<number | null>(question?.alertAtOrBelow ?? null, thresholdInRange),
    prompts: promptsForm(fb, question),
  });
  // Their validators read the kind beside them, which they could not see before the group held them.
  group.controls.choices.updateValueAndValidity({ emitEvent: false });
  group.controls.alertAtOrBelow.updateValueAndValidity({ emitEvent: false });
  return group;
}

/** The designer's form: a saved survey to edit, or a new one with one empty question. */
export function surveyForm(fb: NonNullableFormBuilder, survey: Survey | null): SurveyForm {
  const questions = survey
    ? survey.questions.map((question) => questionForm(fb, question))
    : [questionForm(fb)];
  return fb.group({
    name: fb.control(survey?.name ?? '', [Validators.required, Validators.maxLength(SURVEY_NAME_MAX)]),
    questions: fb.array(questions, questionsInRange),
  });
}

/**
 * Switches a question's kind: a choice question starts with three choices, other kinds drop theirs; a
 * threshold stays only on a scale, and only while the new scale has that value.
 */
export function setKind(question: QuestionForm, kind: SurveyQuestionKind): void {
  const { choices, alertAtOrBelow } = question.controls;
  question.controls.kind.setValue(kind);
  choices.setValue(kind === 'choice' ? (choices.value ?? 3) : null);
  const range = valueRange(kind, null);
  const threshold = alertAtOrBelow.value;
  const keeps = isScale(kind) && threshold !== null && threshold >= range.min && threshold <= range.max;
  alertAtOrBelow.setValue(keeps ? threshold : null);
}

/** Moves a question, keeping its controls (and so what was typed in them). */
export function moveQuestion(questions: FormArray<QuestionForm>, from: number, to: number): void {
  if (from === to || to < 0 || to >= questions.length) return;
  const question = questions.at(from);
  questions.removeAt(from, { emitEvent: false });
  questions.insert(to, question);
  questions.markAsDirty();
}

/** The request the form stands for; a language whose text is blank is left out. */
export function toSaveRequest(form: SurveyForm): SaveSurveyRequest {
  const { name, questions } = form.getRawValue();
  return {
    name: name.trim(),
    questions: questions.map((question) => ({
      ...(question.id === null ? {} : { id: question.id }),
      kind: question.kind,
      choices: question.kind === 'choice' ? question.choices : null,
      alertAtOrBelow: isScale(question.kind) ? question.alertAtOrBelow : null,
      prompts: LANGUAGES.map((language) => ({
        language,
        text: question.prompts[language].text.trim(),
      })).filter((prompt) => prompt.text !== ''),
    })),
  };
}

/** Takes the recordings the server now has for a question (after an upload or a removal), leaving typed text. */
export function markRecordings(question: QuestionForm, survey: Survey): void {
  const saved = survey.questions.find((item) => item.id === question.controls.id.value);
  for (const language of LANGUAGES) {
    const hasRecording = saved?.prompts.find((prompt) => prompt.language === language)?.hasRecording ?? false;
    question.controls.prompts.controls[language].controls.hasRecording.setValue(hasRecording);
  }
}

/**
 * Takes a save's answer into the form that was sent: the ids of new questions (the server keeps the order)
 * and the recordings; the form is then pristine, so every prompt can be heard as saved.
 */
export function adoptSaved(form: SurveyForm, survey: Survey): void {
  form.controls.questions.controls.forEach((question, index) => {
    const saved = survey.questions[index];
    if (saved) question.controls.id.setValue(saved.id);
    markRecordings(question, survey);
  });
  form.markAsPristine();
}

const QUESTION_FIELDS = ['kind', 'choices', 'alertAtOrBelow'];

/**
 * Where a field the server refused sits in the form. The server counts prompts in the request, where blank
 * languages were left out, so `questions.0.prompts.1.text` is found through the request that was sent.
 */
export function surveyErrorPath(field: string, request: SaveSurveyRequest): string | null {
  const [head, index, part, promptIndex] = field.split('.');
  if (head === 'name') return 'name';
  if (head !== 'questions') return null;
  if (index === undefined) return 'questions';
  const question = request.questions[Number(index)];
  if (!question) return 'questions';
  if (part !== undefined && QUESTION_FIELDS.includes(part)) return `questions.${index}.${part}`;
  if (part !== 'prompts') return `questions.${index}`;
  const language = promptIndex === undefined ? undefined : question.prompts[Number(promptIndex)]?.language;
  return language ? `questions.${index}.prompts.${language}.text` : `questions.${index}.prompts`;
}
