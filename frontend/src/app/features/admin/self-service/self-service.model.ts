import { FieldError, SelfServiceRoute, SelfServiceRouting } from '@switchboard/contracts';

export interface RouteFormValue {
  queue: string;
  priority: string;
}

export interface SelfServiceFormValue {
  debtors: RouteFormValue;
  vip: RouteFormValue & { categories: string[] };
}

/** An empty field keeps what the caller would have had: the DID's queue, the default priority. */
function toRoute({ queue, priority }: RouteFormValue): SelfServiceRoute {
  const trimmed = priority.trim();
  return { queue: queue.trim() || null, priority: trimmed === '' ? null : Number(trimmed) };
}

export function toRoutingRequest(value: SelfServiceFormValue): SelfServiceRouting {
  return {
    debtors: toRoute(value.debtors),
    vip: { ...toRoute(value.vip), categories: value.vip.categories },
  };
}

function toRouteForm({ queue, priority }: SelfServiceRoute): RouteFormValue {
  return { queue: queue ?? '', priority: priority === null ? '' : String(priority) };
}

export function toRoutingForm(routing: SelfServiceRouting): SelfServiceFormValue {
  return {
    debtors: toRouteForm(routing.debtors),
    vip: { ...toRouteForm(routing.vip), categories: routing.vip.categories },
  };
}

/** Server field errors by the field the form shows them under: `vip.categories.2` → `vip.categories`. */
export function routingFieldErrors(errors: FieldError[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, reason } of errors) {
    const place = field.split('.').slice(0, 2).join('.');
    result[place] = result[place] ? `${result[place]}; ${reason}` : reason;
  }
  return result;
}
