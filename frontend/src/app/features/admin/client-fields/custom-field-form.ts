import { AbstractControl, ValidationErrors, Validators } from '@angular/forms';

/** As the API checks it: a lower-case letter first, then letters, digits and `_`, 64 at most. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const FIELD_LABEL_MAX = 128;
export const FIELD_OPTION_MAX = 100;

export const FIELD_RULES = {
  key: [Validators.required, Validators.pattern(FIELD_KEY_PATTERN)],
  label: [Validators.required, Validators.maxLength(FIELD_LABEL_MAX)],
};

/**
 * Adds typed or pasted text to the options: split at commas and line breaks, trimmed, cut to the API's
 * length, without empty entries or repeats.
 */
export function addOptions(current: readonly string[], text: string): string[] {
  const next = [...current];
  for (const part of text.split(/[,\n]/)) {
    const option = part.trim().slice(0, FIELD_OPTION_MAX);
    if (option !== '' && !next.includes(option)) {
      next.push(option);
    }
  }
  return next;
}

/** Error `optionsRequired` on an empty list: a choice field needs something to choose. */
export function optionsRequired(control: AbstractControl<string[]>): ValidationErrors | null {
  return control.value.length > 0 ? null : { optionsRequired: true };
}
