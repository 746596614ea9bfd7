import { Client } from '@switchboard/contracts';
import { mergeCards } from './merge-cards';

const card = (fields: Partial<Client>): Client => ({
  id: 'id',
  kind: 'person',
  displayName: '',
  firstName: null,
  lastName: null,
  middleName: null,
  birthDate: null,
  gender: null,
  legalName: null,
  taxId: null,
  registrationNumbers: [],
  bankDetails: null,
  legalAddress: null,
  deliveryAddress: null,
  phones: [],
  emails: [],
  contacts: [],
  category: null,
  tags: [],
  source: null,
  status: 'lead',
  manager: null,
  doNotCall: false,
  noMarketing: false,
  callConsent: false,
  familyMembers: [],
  importantDates: [],
  customFields: {},
  lastContactAt: null,
  createdAt: '',
  createdBy: null,
  updatedAt: '',
  updatedBy: null,
  deletedAt: null,
  ...fields,
});
const phone = (e164: string) => ({ id: e164, label: null, number: e164, e164 });

describe('mergeCards', () => {
  it('keeps the kept values, fills its gaps and joins lists without repeats', () => {
    const kept = card({ firstName: 'Ірина', phones: [phone('+1')], tags: ['a'], customFields: { x: 1 } });
    const merged = card({
      firstName: 'Ира',
      birthDate: '1990-05-01',
      phones: [phone('+1'), phone('+2')],
      tags: ['a', 'b'],
      customFields: { x: 2, y: 3 },
      doNotCall: true,
    });
    expect(mergeCards(kept, merged)).toMatchObject({
      firstName: 'Ірина',
      birthDate: '1990-05-01',
      phones: [{ number: '+1' }, { number: '+2' }],
      tags: ['a', 'b'],
      customFields: { x: 1, y: 3 },
      doNotCall: true,
    });
  });
});
