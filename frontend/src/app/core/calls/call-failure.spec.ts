import { callFailureKey } from './call-failure';

const failure = (status: number, code: string | null) =>
  ({ status, code, message: '', fieldErrors: [] }) as Parameters<typeof callFailureKey>[0];

describe('callFailureKey', () => {
  it('gives the PBX codes their own words and the rest the usual ones', () => {
    expect(callFailureKey(failure(409, 'NO_EXTENSION'))).toBe('console.errors.NO_EXTENSION');
    expect(callFailureKey(failure(503, 'PBX_NOT_CONNECTED'))).toBe('console.errors.PBX_NOT_CONNECTED');
    expect(callFailureKey(failure(0, null))).toBe('errors.network');
    expect(callFailureKey(failure(400, 'VALIDATION_FAILED'))).toBe('errors.validationFailed');
  });
});
