import { FormControl, Validators } from '@angular/forms';

import { fieldErrorMessage } from './field-error.pipe';
import { applyServerErrors } from './server-errors';

describe('fieldErrorMessage', () => {
  it('is null for a valid control', () => {
    expect(fieldErrorMessage(null)).toBeNull();
    expect(fieldErrorMessage({})).toBeNull();
  });

  it('passes the length limits to the translation', () => {
    const control = new FormControl('abc', Validators.minLength(8));
    expect(fieldErrorMessage(control.errors)).toEqual({
      key: 'validation.minlength',
      params: { requiredLength: 8, actualLength: 3 },
    });
  });

  it('shows a server error stored by applyServerErrors under its own key', () => {
    const login = new FormControl('anna');
    const applied = applyServerErrors({ login }, { login: 'errors.loginTaken', missing: 'x' });
    expect(applied).toBe(true);
    expect(login.touched).toBe(true);
    expect(fieldErrorMessage(login.errors)).toEqual({ key: 'errors.loginTaken', params: {} });
  });
});
