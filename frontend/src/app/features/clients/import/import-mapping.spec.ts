import { ClientImportStatus, CustomFieldDefinition, IMPORT_TARGET_FIELDS } from '@switchboard/contracts';

import { fileProblem } from './import-file';
import {
  columnErrors,
  describeTarget,
  importTargets,
  initialMapping,
  mappingProblem,
  withTarget,
} from './import-mapping';
import { isNewer, progressPercent, rejectedRowCount, sortedErrors } from './import-status';

const loyalty: CustomFieldDefinition = {
  id: 'f-1',
  key: 'loyalty',
  label: 'Loyalty',
  type: 'select',
  options: ['bronze', 'silver', 'gold'],
  position: 0,
};
const targets = importTargets([loyalty]);

describe('import mapping', () => {
  it('offers every built-in field, then each custom field as custom:<key>', () => {
    expect(targets).toEqual([...IMPORT_TARGET_FIELDS, 'custom:loyalty']);
  });

  it('starts from the suggestion, dropping unknown fields and a field a column before took', () => {
    const mapping = initialMapping(
      ['Name', 'Phone', 'Mobile', 'Level', 'Notes'],
      { Name: 'fullName', Phone: 'phone', Mobile: 'phone', Level: 'custom:removed', Notes: null },
      targets,
    );
    expect(mapping).toEqual({ Name: 'fullName', Phone: 'phone', Mobile: null, Level: null, Notes: null });
  });

  it('gives each column a value even when the suggestion leaves it out', () => {
    expect(initialMapping(['A'], {}, targets)).toEqual({ A: null });
  });

  it('moving a field to another column lets the first column go', () => {
    const mapping = withTarget({ Name: 'fullName', Phone: 'phone', Tel: null }, 'Tel', 'phone');
    expect(mapping).toEqual({ Name: 'fullName', Phone: null, Tel: 'phone' });
    expect(withTarget(mapping, 'Tel', null)).toEqual({ Name: 'fullName', Phone: null, Tel: null });
  });

  it('needs at least one column, and one of them a name', () => {
    expect(mappingProblem({ A: null })).toBe('clientImport.mapping.nothing');
    expect(mappingProblem({ A: 'phone', B: 'custom:loyalty' })).toBe('clientImport.mapping.needName');
    for (const name of ['fullName', 'lastName', 'firstName', 'legalName'] as const) {
      expect(mappingProblem({ A: 'phone', B: name })).toBeNull();
    }
  });

  it('names built-in fields by translation key and custom fields by their label', () => {
    expect(describeTarget('phone', [loyalty])).toEqual({ key: 'clientImport.targets.phone' });
    expect(describeTarget('custom:loyalty', [loyalty])).toEqual({ text: 'Loyalty' });
    expect(describeTarget('custom:gone', [loyalty])).toEqual({ text: 'gone' });
    expect(describeTarget('phones', [loyalty])).toEqual({ text: 'phones' });
  });

  it('reads the API refusal of a mapping by column', () => {
    expect(
      columnErrors([
        { field: 'mapping.Phone', reason: '"phone" is mapped twice' },
        { field: 'mapping', reason: 'map a name' },
      ]),
    ).toEqual({ Phone: '"phone" is mapped twice' });
  });
});

describe('fileProblem', () => {
  it('takes .csv and .xlsx in any case, within the size', () => {
    expect(fileProblem({ name: 'clients.CSV', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'clients.xlsx', size: 10 })).toBeNull();
  });

  it('names the file of the wrong type', () => {
    expect(fileProblem({ name: 'clients.xls', size: 10 })).toEqual({
      key: 'clientImport.errors.wrongType',
      params: { file: 'clients.xls' },
    });
  });

  it('tells the size and the limit in MB', () => {
    expect(fileProblem({ name: 'big.csv', size: 12.5 * 1024 * 1024 })).toEqual({
      key: 'clientImport.errors.tooLarge',
      params: { file: 'big.csv', size: 12.5, limit: 10 },
    });
    expect(fileProblem({ name: 'empty.csv', size: 0 })?.key).toBe('clientImport.errors.empty');
  });
});

describe('import status', () => {
  const status = (overrides: Partial<ClientImportStatus>): ClientImportStatus => ({
    importId: 'imp-1',
    fileName: 'clients.csv',
    state: 'running',
    totalRows: 4,
    processedRows: 0,
    createdCount: 0,
    errors: [],
    rejectedRowsUrl: null,
    ...overrides,
  });

  it('never takes the progress back', () => {
    expect(isNewer(null, status({}))).toBe(true);
    expect(isNewer(status({ processedRows: 2 }), status({ processedRows: 1 }))).toBe(false);
    expect(isNewer(status({ processedRows: 2 }), status({ processedRows: 3 }))).toBe(true);
    expect(isNewer(status({ state: 'completed', processedRows: 4 }), status({ processedRows: 4 }))).toBe(
      false,
    );
    expect(isNewer(status({ processedRows: 3 }), status({ state: 'failed', processedRows: 3 }))).toBe(true);
  });

  it('counts percent, refused rows and orders errors by row', () => {
    expect(progressPercent(status({ processedRows: 1 }))).toBe(25);
    expect(progressPercent(status({ totalRows: 0, state: 'completed' }))).toBe(100);
    const errors = [
      { row: 4, field: 'phone', reason: 'x' },
      { row: 2, field: 'email', reason: 'y' },
      { row: 4, field: 'email', reason: 'z' },
    ];
    expect(rejectedRowCount(errors)).toBe(2);
    expect(sortedErrors(errors).map((error) => `${error.row}:${error.field}`)).toEqual([
      '2:email',
      '4:email',
      '4:phone',
    ]);
  });
});
