import { Validators } from '@angular/forms';

/** Validators shared by the create and edit dialogs, so both reject the same input. */
export const USER_FIELD_RULES = {
  login: [Validators.required, Validators.maxLength(64), Validators.pattern(/^[A-Za-z0-9._-]+$/)],
  displayName: [Validators.required, Validators.maxLength(128)],
  extension: [Validators.maxLength(16), Validators.pattern(/^\d+$/)],
};

/** An empty extension box means "no extension". */
export function extensionOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
