import { CustomFieldDefinition } from '@switchboard/contracts';
import { applyEdit, toClientState } from './client-state';

const fields: CustomFieldDefinition[] = [
  { id: '1', key: 'loyalty', label: 'Loyalty', type: 'select', options: ['gold'], position: 0 },
];
const context = { region: 'UA', customFields: fields };

describe('toClientState', () => {
  it('normalizes names, phones, emails and tags of a person', () => {
    const { state, errors } = toClientState(
      {
        kind: 'person',
        firstName: ' Олена ',
        lastName: 'Коваль',
        phones: [{ number: ' 067 123 45 67 ', label: '' }],
        emails: [{ email: 'Olena@Example.COM ' }],
        tags: ['VIP', 'vip', ' '],
        customFields: { loyalty: 'gold' },
      },
      context,
    );
    expect(errors).toEqual([]);
    expect(state).toMatchObject({
      displayName: 'Коваль Олена',
      firstName: 'Олена',
      phones: [{ original: '067 123 45 67', e164: '+380671234567', label: null }],
      emails: [{ email: 'olena@example.com', label: null }],
      tags: ['vip'],
      status: 'lead',
      customFields: { loyalty: 'gold' },
    });
  });

  it('keeps no personal fields on a company and names it by its legal name', () => {
    const { state } = toClientState(
      { kind: 'company', legalName: 'ТОВ Ромашка', firstName: 'Ivan', birthDate: '1990-01-01' },
      context,
    );
    expect(state).toMatchObject({ displayName: 'ТОВ Ромашка', firstName: null, birthDate: null });
  });

  it('reports every problem with its field at once', () => {
    const { errors } = toClientState(
      {
        kind: 'person',
        phones: [{ number: '0671234567' }, { number: '+380 67 123 45 67' }, { number: 'x' }],
        contacts: [{ name: 'A', phones: [{ number: '12' }] }],
        customFields: { loyalty: 'silver', size: 1 },
      },
      context,
    );
    expect(errors).toEqual([
      { field: 'lastName', code: 'REQUIRED', reason: 'a person needs a first or last name' },
      { field: 'phones.2.number', code: 'INVALID_FORMAT', reason: 'is not a valid phone number' },
      { field: 'phones.1.number', code: 'DUPLICATE', reason: 'is listed twice' },
      { field: 'contacts.0.phones.0.number', code: 'INVALID_FORMAT', reason: 'is not a valid phone number' },
      { field: 'customFields.loyalty', code: 'NOT_ALLOWED', reason: 'must be one of gold' },
      { field: 'customFields.size', code: 'UNKNOWN_FIELD', reason: 'is not a defined field' },
    ]);
  });

  it('drops custom values cleared with null', () => {
    const { state } = toClientState(
      { kind: 'company', legalName: 'X', customFields: { loyalty: null } },
      context,
    );
    expect(state.customFields).toEqual({});
  });
});

describe('applyEdit', () => {
  it('changes only the fields the edit sets and merges custom values', () => {
    const base = { kind: 'person' as const, firstName: 'A', lastName: 'B', customFields: { a: 1, b: 2 } };
    expect(applyEdit(base, { lastName: null, firstName: undefined, customFields: { b: 3 } })).toEqual({
      kind: 'person',
      firstName: 'A',
      lastName: null,
      customFields: { a: 1, b: 3 },
    });
  });
});
