import { IMPORT_TARGET_FIELDS } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';

describe('import wizard translations', () => {
  it('names every field a column can be imported into', () => {
    expect(Object.keys(en.clientImport.targets).sort()).toEqual([...IMPORT_TARGET_FIELDS].sort());
  });
});
