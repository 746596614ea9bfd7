import { FormControl } from '@angular/forms';

import { MemberChoice, addQueues, memberChoices, queueSuggestions, queuesFit } from './team-form';

const member = (id: string, displayName: string, role: MemberChoice['role'] = 'operator') => ({
  id,
  displayName,
  role,
});

describe('team form', () => {
  it('adds pasted queue names split at commas and line breaks, trimmed, without empties or repeats', () => {
    expect(addQueues(['sales'], ' support, sales ,,VIP\nsupport ')).toEqual(['sales', 'support', 'VIP']);
  });

  it('flags a queue name longer than 64 characters instead of cutting it', () => {
    expect(queuesFit(new FormControl(['ok', 'q'.repeat(64)], { nonNullable: true }))).toBeNull();
    expect(queuesFit(new FormControl(['q'.repeat(65)], { nonNullable: true }))).toEqual({
      queueTooLong: true,
    });
  });

  it('suggests the PBX queues not chosen yet that contain the typed text in any case', () => {
    const known = ['sales', 'support', 'vip-sales'];
    expect(queueSuggestions(known, ['sales'], ' SAL')).toEqual(['vip-sales']);
    expect(queueSuggestions(known, [], '')).toEqual(known);
  });

  it('offers active users and keeps current members who are no longer active, by name', () => {
    const users = [member('u-2', 'Boris'), member('u-1', 'Anna', 'supervisor')];
    const current = [member('u-1', 'Anna', 'supervisor'), member('u-9', 'Aaron (left)')];
    expect(memberChoices(users, current).map(({ id }) => id)).toEqual(['u-9', 'u-1', 'u-2']);
  });
});
