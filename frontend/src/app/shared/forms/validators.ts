import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Group validator: sets `mismatch` on `repeatName` when it differs from `sourceName`. */
export function matchingValidator(sourceName: string, repeatName: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const source = group.get(sourceName);
    const repeat = group.get(repeatName);
    if (!source || !repeat) {
      return null;
    }
    const mismatch = repeat.value !== '' && source.value !== repeat.value;
    const next: ValidationErrors = { ...repeat.errors };
    delete next['mismatch'];
    if (mismatch) {
      next['mismatch'] = true;
    }
    repeat.setErrors(Object.keys(next).length > 0 ? next : null);
    return null;
  };
}
