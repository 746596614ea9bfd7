import { SelfServiceRoute, SelfServiceRouting } from '@switchboard/contracts';
import { CallerFacts } from './caller-facts';

/**
 * Where the admins' rule sends this caller (`SB_QUEUE`, `SB_PRIORITY`; null: as the dialplan has it). A VIP's
 * queue wins over a debtor's; a caller who is both gets the higher priority.
 */
export function routeFor(
  facts: Pick<CallerFacts, 'category' | 'debtMinor'>,
  routing: SelfServiceRouting,
): SelfServiceRoute {
  const vip =
    facts.category !== null &&
    routing.vip.categories.some((category) => category.toLowerCase() === facts.category?.toLowerCase());
  const matched = [...(vip ? [routing.vip] : []), ...(facts.debtMinor > 0 ? [routing.debtors] : [])];
  const priorities = matched.map((route) => route.priority).filter((priority) => priority !== null);
  return {
    queue: matched.find((route) => route.queue !== null)?.queue ?? null,
    priority: priorities.length > 0 ? Math.max(...priorities) : null,
  };
}
