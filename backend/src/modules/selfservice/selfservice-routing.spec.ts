import { SelfServiceRouting } from '@switchboard/contracts';
import { routeFor } from './selfservice-routing';

const routing: SelfServiceRouting = {
  debtors: { queue: 'collections', priority: 5 },
  vip: { categories: ['vip', 'Gold'], queue: 'vip', priority: 10 },
};

describe('routeFor', () => {
  it('sends debtors and VIPs where the rule says, the VIP queue first and the higher priority', () => {
    expect(routeFor({ category: null, debtMinor: 100 }, routing)).toEqual({
      queue: 'collections',
      priority: 5,
    });
    expect(routeFor({ category: 'gold', debtMinor: 0 }, routing)).toEqual({ queue: 'vip', priority: 10 });
    expect(routeFor({ category: 'vip', debtMinor: 100 }, routing)).toEqual({ queue: 'vip', priority: 10 });
  });

  it('leaves everyone else, and whatever the rule leaves empty, as the dialplan has it', () => {
    expect(routeFor({ category: 'regular', debtMinor: 0 }, routing)).toEqual({ queue: null, priority: null });
    const priorityOnly = { ...routing, vip: { categories: ['vip'], queue: null, priority: 3 } };
    expect(routeFor({ category: 'vip', debtMinor: 100 }, priorityOnly)).toEqual({
      queue: 'collections',
      priority: 5,
    });
    expect(routeFor({ category: 'vip', debtMinor: 0 }, priorityOnly)).toEqual({ queue: null, priority: 3 });
  });
});
