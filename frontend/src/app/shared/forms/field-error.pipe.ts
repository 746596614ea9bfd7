import { Pipe, PipeTransform } from '@angular/core';
import { ValidationErrors } from '@angular/forms';

export interface FieldErrorMessage {
  key: string;
  params: Record<string, unknown>;
}

/** Name of the control error that carries a message from the server (see `applyServerErrors`). */
export const SERVER_ERROR = 'server';

/** The first error of a control as a translation key and its parameters. */
export function fieldErrorMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const [name] = Object.keys(errors);
  const value: unknown = errors[name];
  switch (name) {
    case undefined:
      return null;
    case 'minlength':
    case 'maxlength':
      return { key: `validation.${name}`, params: value as Record<string, unknown> };
    case SERVER_ERROR:
      return { key: String(value), params: {} };
    default:
      return { key: `validation.${name}`, params: {} };
  }
}

@Pipe({ name: 'fieldError' })
export class FieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return fieldErrorMessage(errors);
  }
}
