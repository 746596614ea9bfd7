import { FIELD_ERROR_CODES } from '@switchboard/contracts';

import en from '../../../../public/i18n/en.json';
import ru from '../../../../public/i18n/ru.json';
import uk from '../../../../public/i18n/uk.json';
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

  it.each([
    ['en', en],
    ['ru', ru],
    ['uk', uk],
  ])('finds a %s text for every code the server sends', (_language, texts) => {
    expect(Object.keys(texts.validation.server).sort()).toEqual([...FIELD_ERROR_CODES].sort());
  });
});
