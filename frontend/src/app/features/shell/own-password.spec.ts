import { ownPasswordFailure } from './own-password';

describe('ownPasswordFailure', () => {
  it('puts a wrong current password on its field', () => {
    const failure = ownPasswordFailure({ status: 400, code: 'WRONG_PASSWORD', message: '', fieldErrors: [] });
    expect(failure.fieldErrors).toEqual({ currentPassword: 'errors.wrongPassword' });
  });

  it('marks the fields the API refused', () => {
    const failure = ownPasswordFailure({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: '',
      fieldErrors: [{ field: 'newPassword', reason: 'too short' }],
    });
    expect(failure.fieldErrors).toEqual({ newPassword: 'validation.rejected' });
  });

  it('keeps a message for failures no field explains', () => {
    const failure = ownPasswordFailure({ status: 0, code: null, message: '', fieldErrors: [] });
    expect(failure).toEqual({ ok: false, fieldErrors: {}, messageKey: 'errors.network' });
  });
});
