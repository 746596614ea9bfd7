import { Pipe, PipeTransform } from '@angular/core';
import { ValidationErrors } from '@angular/forms';

import { FieldErrorMessage, fieldErrorMessage } from '../../../shared/forms/field-error.pipe';

/** Errors the survey and campaign forms set themselves, each with its own words under `surveys.validation`. */
const OWN_ERRORS = [
  'promptRequired',
  'questionsRange',
  'choicesRange',
  'numberRange',
  'windowOrder',
  'noDays',
  'stageRequired',
  'phoneFormat',
] as const;

/** The first error of a control as a translation key: this feature's own errors first, then the app's. */
export function surveyFieldError(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) return null;
  const own = OWN_ERRORS.find((name) => errors[name] !== undefined);
  if (own) {
    const params: unknown = errors[own];
    const values = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
    return { key: `surveys.validation.${own}`, params: values };
  }
  return fieldErrorMessage(errors);
}

@Pipe({ name: 'surveyFieldError' })
export class SurveyFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return surveyFieldError(errors);
  }
}
