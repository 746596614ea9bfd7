import { CustomFieldDefinition } from '@switchboard/contracts';

import { customFieldFilter } from './custom-field-filter';

const field = (type: CustomFieldDefinition['type']): CustomFieldDefinition => ({
  id: '1',
  key: 'f',
  label: 'F',
  type,
  options: [],
  position: 0,
});

describe('customFieldFilter', () => {
  it('matches text fields by fragment and other fields exactly, typed', () => {
    expect(customFieldFilter(field('text'), ' vip ')).toEqual({ key: 'f', op: 'contains', value: 'vip' });
    expect(customFieldFilter(field('number'), '2,5')).toEqual({ key: 'f', op: 'eq', value: 2.5 });
    expect(customFieldFilter(field('boolean'), 'true')).toEqual({ key: 'f', op: 'eq', value: true });
    expect(customFieldFilter(field('select'), 'gold')).toEqual({ key: 'f', op: 'eq', value: 'gold' });
  });

  it('filters nothing without a field or a value', () => {
    expect(customFieldFilter(undefined, 'x')).toBeNull();
    expect(customFieldFilter(field('text'), ' ')).toBeNull();
  });
});
