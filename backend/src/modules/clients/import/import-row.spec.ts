import { CustomFieldDefinition } from '@switchboard/contracts';
import { importDate, rowShapeErrors, rowToClient, splitFullName } from './import-row';
import { detectDelimiter } from './import-file.reader';
import { mappingErrors, suggestMapping } from './import-mapping';

const loyalty: CustomFieldDefinition = {
  id: '1',
  key: 'loyalty',
  label: 'Loyalty',
  type: 'select',
  options: ['gold'],
  position: 0,
};

describe('import rows', () => {
  it('splits a full name written surname first', () => {
    expect(splitFullName('Коваленко  Олена Петрівна')).toEqual({
      lastName: 'Коваленко',
      firstName: 'Олена',
      middleName: 'Петрівна',
    });
  });

  it('reads DD.MM.YYYY dates', () => {
    expect(importDate('7.3.1990')).toBe('1990-03-07');
    expect(importDate('1990-03-07')).toBe('1990-03-07');
  });

  it('maps a person row with phones, yes/no flags and a custom field', () => {
    const columns = ['ПІБ', 'Телефон', 'Тел 2', 'Не дзвонити', 'Loyalty', 'Skip'];
    const mapping = {
      ПІБ: 'fullName',
      Телефон: 'phone',
      'Тел 2': 'phone2',
      'Не дзвонити': 'doNotCall',
      Loyalty: 'custom:loyalty',
      Skip: null,
    } as const;
    expect(
      rowToClient(['Бойко Ірина', '067 111 22 33', '', 'так', 'gold', 'x'], columns, mapping, [loyalty]),
    ).toEqual({
      kind: 'person',
      lastName: 'Бойко',
      firstName: 'Ірина',
      phones: [{ number: '067 111 22 33' }],
      emails: [],
      doNotCall: true,
      source: 'import',
      customFields: { loyalty: 'gold' },
    });
  });

  it('makes a company of a row with a company name and no person name', () => {
    const request = rowToClient(
      ['ТОВ Ромашка', '1234 5678'],
      ['Company', 'ЄДРПОУ'],
      { Company: 'legalName', ЄДРПОУ: 'taxId' },
      [],
    );
    expect(request).toMatchObject({ kind: 'company', legalName: 'ТОВ Ромашка', taxId: '12345678' });
    expect(rowShapeErrors({ ...request, taxId: '123' })).toEqual([
      { field: 'taxId', code: 'INVALID_FORMAT', reason: 'must be 8 (ЄДРПОУ), 10 or 12 (ИНН/РНОКПП) digits' },
    ]);
  });

  it('lists every shape problem of a row, each with its code', () => {
    const request = rowToClient(
      ['Бойко Ірина', '123', '31.02', 'irina@', 'vip'],
      ['Name', 'Tax', 'Born', 'Mail', 'Status'],
      { Name: 'fullName', Tax: 'taxId', Born: 'birthDate', Mail: 'email', Status: 'status' },
      [],
    );
    expect(rowShapeErrors(request).map(({ field, code }) => [field, code])).toEqual([
      ['taxId', 'INVALID_FORMAT'],
      ['birthDate', 'INVALID_FORMAT'],
      ['email', 'INVALID_FORMAT'],
      ['status', 'NOT_ALLOWED'],
    ]);
  });
});

describe('import mapping', () => {
  it('guesses fields from titles in three languages and custom labels, each field once', () => {
    expect(
      suggestMapping(['ФИО', 'Телефон', 'E-mail', 'ИНН', 'Loyalty', 'Телефон', 'Notes'], [loyalty]),
    ).toEqual({
      ФИО: 'fullName',
      Телефон: null,
      'E-mail': 'email',
      ИНН: 'taxId',
      Loyalty: 'custom:loyalty',
      Notes: null,
    });
  });

  it('names the problems of a mapping', () => {
    expect(
      mappingErrors({ A: 'shoeSize', B: 'phone', C: 'phone', D: 'fullName' }, ['A', 'B', 'C', 'D'], []),
    ).toEqual([
      { field: 'mapping.A', code: 'NOT_FOUND', reason: '"shoeSize" is not a client field' },
      { field: 'mapping.C', code: 'DUPLICATE', reason: '"phone" is mapped twice' },
    ]);
    expect(mappingErrors({ A: 'phone' }, ['A'], [])).toEqual([
      {
        field: 'mapping',
        code: 'REQUIRED',
        reason: 'map at least one column to a name (full name, last or first name, or company)',
      },
    ]);
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('Name;Phone;Email\nA;1;x')).toBe(';');
    expect(detectDelimiter('Name,Phone\nA;B,1')).toBe(',');
  });
});
