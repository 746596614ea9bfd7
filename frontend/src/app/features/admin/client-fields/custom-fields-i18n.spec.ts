import { CUSTOM_FIELD_TYPES } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import ru from '../../../../../public/i18n/ru.json';
import uk from '../../../../../public/i18n/uk.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('client fields translations', () => {
  it('has the same keys in English, Russian and Ukrainian', () => {
    expect(keys(ru.customFields)).toEqual(keys(en.customFields));
    expect(keys(uk.customFields)).toEqual(keys(en.customFields));
  });

  it('names every field type', () => {
    expect(Object.keys(en.customFields.types)).toEqual([...CUSTOM_FIELD_TYPES]);
  });
});
