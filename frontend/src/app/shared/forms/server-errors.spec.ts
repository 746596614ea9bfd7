import { serverReasonKey } from './server-errors';

describe('serverReasonKey', () => {
  it('names the translated reason for a coded field error', () => {
    expect(serverReasonKey({ field: 'login', reason: 'too short', code: 'TOO_SHORT' })).toBe(
      'validation.server.TOO_SHORT',
    );
  });

  it('falls back to the generic text when the server gave no code', () => {
    expect(serverReasonKey({ field: 'login', reason: 'is taken' })).toBe('validation.rejected');
  });
});
