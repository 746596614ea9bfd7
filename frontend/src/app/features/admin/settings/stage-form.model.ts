import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  LANGUAGES,
  Language,
  LocalizedText,
  OrderStage,
  SaveOrderStageRequest,
  StageAutomation,
} from '@switchboard/contracts';

type TextsByLanguage = FormGroup<Record<Language, FormControl<string>>>;

export type StageForm = ReturnType<typeof stageForm>;

function textsByLanguage(fb: NonNullableFormBuilder, maxLength: number): TextsByLanguage {
  const controls = Object.fromEntries(
    LANGUAGES.map((language) => [language, fb.control('', Validators.maxLength(maxLength))]),
  ) as Record<Language, FormControl<string>>;
  return fb.group(controls);
}

/** The admin's form of one stage: base texts, their translations, looks, outcome and automation. */
export function stageForm(fb: NonNullableFormBuilder) {
  return fb.group({
    key: ['', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{0,31}$/)]],
    name: ['', [Validators.required, Validators.maxLength(64)]],
    nameTranslations: textsByLanguage(fb, 64),
    color: ['#607d8b'],
    nextStep: ['', Validators.maxLength(200)],
    nextStepTranslations: textsByLanguage(fb, 200),
    won: [false],
    lost: [false],
    automation: fb.control<StageAutomation | null>(null),
  });
}

const allLanguages = (texts: LocalizedText): Record<Language, string> =>
  Object.fromEntries(LANGUAGES.map((language) => [language, texts[language] ?? ''])) as Record<
    Language,
    string
  >;

/** Fills the form with a stage to edit. */
export function toStageFormValue(stage: OrderStage): ReturnType<StageForm['getRawValue']> {
  return {
    key: stage.key,
    name: stage.name,
    nameTranslations: allLanguages(stage.nameTranslations),
    color: stage.color,
    nextStep: stage.nextStep ?? '',
    nextStepTranslations: allLanguages(stage.nextStepTranslations),
    won: stage.won,
    lost: stage.lost,
    automation: stage.automation,
  };
}

/** The request the form asks for; blank translations are sent blank, and the server drops them. */
export function toStageRequest(form: StageForm): SaveOrderStageRequest {
  const value = form.getRawValue();
  return { ...value, name: value.name.trim(), nextStep: value.nextStep.trim() || null };
}
