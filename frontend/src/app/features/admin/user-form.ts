import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Language, PASSWORD_MIN_LENGTH, User, UserRole } from '@switchboard/contracts';

/**
 * The user dialog's form: a new user (`user` null) or an edit of `user`. Login and password are set only
 * at creation, so an edit carries them disabled, out of the validation.
 */
export function userFormGroup(fb: NonNullableFormBuilder, user: User | null) {
  const creating = user === null;
  return fb.group({
    login: [
      { value: '', disabled: !creating },
      [Validators.required, Validators.maxLength(64), Validators.pattern(/^[A-Za-z0-9._-]+$/)],
    ],
    displayName: [user?.displayName ?? '', [Validators.required, Validators.maxLength(128)]],
    password: [
      { value: '', disabled: !creating },
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
    role: [user?.role ?? ('operator' as UserRole), Validators.required],
    extension: [user?.extension ?? '', [Validators.maxLength(16), Validators.pattern(/^\d+$/)]],
    active: [user?.active ?? true],
    language: [user?.language ?? ('en' as Language), Validators.required],
  });
}

/** An empty extension box means "no extension". */
export function extensionOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
