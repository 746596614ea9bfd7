import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';

import { RequestFailure, failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SaveFailure } from '../../../core/http/save-result';
import { SERVER_ERROR } from '../../../shared/forms/field-error.pipe';
import { serverReasonKey } from '../../../shared/forms/server-errors';

/** Codes of this feature the interface words itself; the contracts' list may not name them all yet. */
const MESSAGES: Record<string, string> = {
  SURVEY_IN_USE: 'surveys.errors.inUse',
  FILE_TOO_LARGE: 'surveys.errors.fileTooLarge',
  FILE_UNREADABLE: 'surveys.errors.fileUnreadable',
  NOT_FOUND: 'surveys.errors.notFound',
  VALIDATION_FAILED: 'surveys.errors.invalid',
};

/** The `code` of an error body as the server sent it, whether or not the contracts list it. */
export function rawErrorCode(error: unknown): string | null {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : null;
  return typeof code === 'string' ? code : null;
}

/** The message for a failure shown in a banner or a snack bar. */
export function surveysFailureKey(error: unknown): string {
  return MESSAGES[rawErrorCode(error) ?? ''] ?? failureMessageKey(toRequestFailure(error));
}

/**
 * Maps the server's field errors onto form paths (`questions.0.prompts.ru.text`) through `target`, which
 * answers null for a field the form has no control for; what finds no control becomes the message.
 */
export function toFormFailure(error: unknown, target: (field: string) => string | null): SaveFailure {
  const failure: RequestFailure = toRequestFailure(error);
  const fieldErrors: Record<string, string> = {};
  for (const fieldError of failure.fieldErrors) {
    const path = target(fieldError.field);
    if (path !== null) fieldErrors[path] ??= serverReasonKey(fieldError);
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { ok: false, fieldErrors, messageKey: hasFields ? null : surveysFailureKey(error) };
}

/**
 * Puts errors keyed by form path on the controls there, or on the nearest control above a path the form
 * does not have (`doNotCall.2` on `doNotCall`); answers whether any found a control.
 */
export function applyErrorsByPath(form: AbstractControl, errors: Record<string, string>): boolean {
  let applied = false;
  for (const [path, key] of Object.entries(errors)) {
    const control = nearestControl(form, path);
    if (!control) continue;
    control.setErrors({ ...control.errors, [SERVER_ERROR]: key });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}

function nearestControl(form: AbstractControl, path: string): AbstractControl | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const control = form.get(parts.join('.'));
    if (control) return control;
    parts.pop();
  }
  return null;
}
