import { ScreenPop } from '@switchboard/contracts';
import { formatMoney, parseMoney } from '../../core/money/money';
import { CallClient } from './agent-floor-state';

/** What the agent board shows of a call's customer, taken from the pop built for the call. */
export function callClientOf(pop: ScreenPop): CallClient {
  if (!pop.client) return { client: null, openOrdersValue: null, debt: null, currency: null };
  const openMinor = pop.openOrders.reduce((sum, order) => sum + (parseMoney(order.total) ?? 0), 0);
  return {
    client: { id: pop.client.id, name: pop.client.name },
    openOrdersValue: formatMoney(openMinor),
    debt: pop.debt.total,
    currency: pop.debt.currency,
  };
}
