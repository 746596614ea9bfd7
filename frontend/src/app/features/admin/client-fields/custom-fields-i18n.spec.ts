import { CUSTOM_FIELD_TYPES } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';

describe('client fields translations', () => {
  it('names every field type', () => {
    expect(Object.keys(en.customFields.types)).toEqual([...CUSTOM_FIELD_TYPES]);
  });
});
