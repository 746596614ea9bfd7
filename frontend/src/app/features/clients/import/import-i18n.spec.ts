import { IMPORT_TARGET_FIELDS } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import ru from '../../../../../public/i18n/ru.json';
import uk from '../../../../../public/i18n/uk.json';

/** Every key path under `value`, like `file.drop`. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('import wizard translations', () => {
  it('has the same keys in English, Russian and Ukrainian', () => {
    expect(keys(ru.clientImport)).toEqual(keys(en.clientImport));
    expect(keys(uk.clientImport)).toEqual(keys(en.clientImport));
  });

  it('names every field a column can be imported into', () => {
    expect(Object.keys(en.clientImport.targets).sort()).toEqual([...IMPORT_TARGET_FIELDS].sort());
  });
});
