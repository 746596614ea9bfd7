import { CustomFieldValues } from '@switchboard/contracts';

/**
 * Instalments still owed with a due date in [$1, $2] and no reminder of kind $3 (null: whether or not) for that
 * date yet: per order (not lost, not paid off) the instalments in date order, each covered once the order's
 * payments reach its running total, as the next-due and debtors queries count them; `owedMinor` is what is left
 * of it. Only orders with an instalment in the range are read.
 */
export const OWED_INSTALMENTS_SQL = `
  WITH schedule AS (
    SELECT i.id, i.due_date, i.amount_minor, o.id AS order_id, o.number, o.currency, o.client_id, o.paid,
           sum(i.amount_minor) OVER (PARTITION BY o.id ORDER BY i.due_date, i.id) AS running
      FROM orders o
      JOIN order_stages s ON s.id = o.stage_id
      JOIN order_installments i ON i.order_id = o.id
     WHERE NOT s.lost AND o.total > o.paid
       AND o.id IN (SELECT order_id FROM order_installments WHERE due_date BETWEEN $1 AND $2))
  SELECT id, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", least(amount_minor, running - paid)::bigint AS "owedMinor",
         number AS "orderNumber", currency, client_id AS "clientId"
    FROM schedule
   WHERE running > paid AND due_date BETWEEN $1 AND $2
     AND ($3::text IS NULL OR NOT EXISTS (
           SELECT 1 FROM reminder_attempts r
            WHERE r.kind = $3 AND r.subject = schedule.id AND r.occasion = to_char(due_date, 'YYYY-MM-DD')))`;

export interface OwedInstalment {
  id: string;
  dueDate: string;
  /** bigint: the driver returns it as text. */
  owedMinor: string;
  orderNumber: string;
  currency: string;
  clientId: string;
}

/** Open appointment and delivery tasks with a client, due in ($1, $2], not reminded of for that time yet. */
export const DUE_TASKS_SQL = `
  SELECT t.id, t.title, t.due_at AS "dueAt", t.client_id AS "clientId"
    FROM tasks t
   WHERE t.kind IN ('appointment', 'delivery') AND t.done_at IS NULL AND t.client_id IS NOT NULL
     AND t.due_at > $1 AND t.due_at <= $2
     AND NOT EXISTS (SELECT 1 FROM reminder_attempts r
                      WHERE r.kind = 'task' AND r.subject = t.id
                        AND r.occasion = to_char(t.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export interface DueTask {
  id: string;
  title: string;
  dueAt: Date;
  clientId: string;
}

/**
 * Whether a task is still open and due when it was ($1 id, $2 due time to the millisecond, as the occasion keeps
 * it): a moved or done one is not called about.
 */
export const TASK_STILL_DUE_SQL = `
  SELECT 1 FROM tasks WHERE id = $1 AND done_at IS NULL AND date_trunc('milliseconds', due_at) = $2`;

/**
 * What scheduling and dialing need of a client: the number to call, where they live, what they allow, their own
 * language (the `language` custom field) and manager.
 */
export const REMINDER_TARGET_SQL = `
  SELECT c.id, c.display_name AS name, c.manager_id AS "managerId", c.custom_fields AS "customFields",
         c.delivery_address AS "deliveryAddress", c.legal_address AS "legalAddress",
         c.do_not_call AS "doNotCall", c.call_consent AS "callConsent",
         (SELECT p.e164 FROM client_phones p
           WHERE p.client_id = c.id AND p.contact_id IS NULL AND p.e164 IS NOT NULL
           ORDER BY p.position LIMIT 1) AS phone
    FROM clients c
   WHERE c.id = $1 AND c.deleted_at IS NULL`;

export interface ReminderTarget {
  id: string;
  name: string;
  managerId: string | null;
  customFields: CustomFieldValues;
  deliveryAddress: string | null;
  legalAddress: string | null;
  doNotCall: boolean;
  callConsent: boolean;
  phone: string | null;
}
