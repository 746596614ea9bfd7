import { routingFieldErrors, toRoutingForm, toRoutingRequest } from './self-service.model';

describe('self-service routing form', () => {
  it('sends empty fields as "unchanged" (null) and numbers as numbers', () => {
    expect(
      toRoutingRequest({
        debtors: { queue: '  collections ', priority: '' },
        vip: { queue: '', priority: ' 10 ', categories: ['vip', 'Gold'] },
      }),
    ).toEqual({
      debtors: { queue: 'collections', priority: null },
      vip: { queue: null, priority: 10, categories: ['vip', 'Gold'] },
    });
  });

  it('shows a stored rule with empty fields for what it leaves unchanged', () => {
    expect(
      toRoutingForm({
        debtors: { queue: null, priority: 5 },
        vip: { queue: 'vip', priority: null, categories: ['vip'] },
      }),
    ).toEqual({
      debtors: { queue: '', priority: '5' },
      vip: { queue: 'vip', priority: '', categories: ['vip'] },
    });
  });

  it('puts each server error under the field it names, one per category list', () => {
    expect(
      routingFieldErrors([
        { field: 'debtors.priority', reason: 'must be at most 1000' },
        { field: 'vip.categories.0', reason: 'must not be empty' },
        { field: 'vip.categories.3', reason: 'must be at most 64 characters each' },
      ]),
    ).toEqual({
      'debtors.priority': 'must be at most 1000',
      'vip.categories': 'must not be empty; must be at most 64 characters each',
    });
  });
});
