import { Client } from '@switchboard/contracts';
import { changedFields } from './client-changes';

describe('changedFields', () => {
  it('names what a person would see changed, ignoring ids of rewritten lists and bookkeeping', () => {
    const before = {
      status: 'lead',
      phones: [{ id: '1', number: '067', e164: '+38067', label: null }],
      updatedAt: 'a',
    } as unknown as Client;
    const after = {
      status: 'active',
      phones: [{ id: '2', number: '067', e164: '+38067', label: null }],
      updatedAt: 'b',
    } as unknown as Client;
    expect(changedFields(before, after)).toEqual(['status']);
  });
});
