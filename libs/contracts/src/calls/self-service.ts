import { ReminderFacts } from '../reminders/reminders';

/**
 * What a known caller asked the self-service menu before the queue (`SB_IVR_CHOICE`): the last topic they
 * heard, or `operator` when they went to an operator without asking anything; `reminder` when they pressed 2
 * on a reminder call (crm-reminder sets `SB_IVR_CHOICE=reminder-<attempt>`).
 */
export const SELF_SERVICE_CHOICES = ['order', 'debt', 'bonus', 'operator', 'reminder'] as const;
export type SelfServiceChoice = (typeof SELF_SERVICE_CHOICES)[number];

export function isSelfServiceChoice(value: unknown): value is SelfServiceChoice {
  return typeof value === 'string' && (SELF_SERVICE_CHOICES as readonly string[]).includes(value);
}

/** On the screen-pop: the agent sees what the caller asked before they answer. */
export interface SelfServiceOutcome {
  choice: SelfServiceChoice;
  /** With `reminder`: what the call reminded them of. */
  reminder?: ReminderFacts;
}

/** Where a caller the rule matches goes: another queue, a higher priority in it, or both (null: unchanged). */
export interface SelfServiceRoute {
  queue: string | null;
  priority: number | null;
}

/**
 * The admins' rule for known callers: debtors (any debt above zero) and clients of the VIP categories. A VIP's
 * queue wins over a debtor's; a caller who is both gets the higher of the two priorities.
 */
export interface SelfServiceRouting {
  debtors: SelfServiceRoute;
  vip: SelfServiceRoute & { categories: string[] };
}

export type UpdateSelfServiceRoutingRequest = SelfServiceRouting;
