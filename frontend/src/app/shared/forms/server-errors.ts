import { AbstractControl } from '@angular/forms';
import { FieldError } from '@switchboard/contracts';

import { SERVER_ERROR } from './field-error.pipe';

/** Puts errors the server reported (field name -> translation key) on the matching controls. */
export function applyServerErrors(
  controls: Partial<Record<string, AbstractControl>>,
  errors: Record<string, string>,
): boolean {
  let applied = false;
  for (const [field, key] of Object.entries(errors)) {
    const control = controls[field];
    if (control) {
      control.setErrors({ ...control.errors, [SERVER_ERROR]: key });
      control.markAsTouched();
      applied = true;
    }
  }
  return applied;
}

/** The translation key for why the server refused a field; a reason without a code stays generic. */
export function serverReasonKey(error: FieldError): string {
  return error.code ? `validation.server.${error.code}` : 'validation.rejected';
}
