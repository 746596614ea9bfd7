/**
 * What a client owes and holds, in one statement: the screen-pop carries it. Debt counts orders that
 * are not in a lost stage; overdue is, per order, the schedule due before today not covered by payments.
 * $1 client id, $2 currency, $3 today.
 */
export const CLIENT_FINANCE_SQL = `
  WITH owed AS (
    SELECT o.id, o.number, s.key AS stage, s.won, o.total, o.currency, greatest(o.total - o.paid, 0) AS debt,
           least(greatest(o.total - o.paid, 0), greatest(coalesce(
             (SELECT sum(i.amount_minor) FROM order_installments i WHERE i.order_id = o.id AND i.due_date < $3), 0)
             - o.paid, 0)) AS overdue,
           o.created_at
      FROM orders o JOIN order_stages s ON s.id = o.stage_id
     WHERE o.client_id = $1 AND NOT s.lost)
  SELECT
    (SELECT coalesce(sum(debt), 0) FROM owed WHERE currency = $2)::bigint AS debt,
    (SELECT coalesce(sum(overdue), 0) FROM owed WHERE currency = $2)::bigint AS overdue,
    (SELECT coalesce(sum(amount_minor), 0) FROM bonus_entries WHERE client_id = $1)::bigint AS bonus,
    coalesce((SELECT json_agg(json_build_object('id', id, 'number', number, 'stage', stage, 'total', total,
                                                'debt', debt, 'currency', currency) ORDER BY created_at DESC)
                FROM owed WHERE NOT won OR debt > 0), '[]') AS "openOrders"`;

/** Clients owing money in `$1` currency, the largest debts first; $2 today, $3 limit, $4 offset. */
export const DEBTORS_SQL = `
  WITH owed AS (
    SELECT o.client_id, greatest(o.total - o.paid, 0) AS debt,
           least(greatest(o.total - o.paid, 0), greatest(coalesce(
             (SELECT sum(i.amount_minor) FROM order_installments i WHERE i.order_id = o.id AND i.due_date < $2), 0)
             - o.paid, 0)) AS overdue
      FROM orders o JOIN order_stages s ON s.id = o.stage_id
     WHERE NOT s.lost AND o.currency = $1 AND o.total > o.paid),
  debtors AS (
    SELECT client_id, sum(debt)::bigint AS debt, sum(overdue)::bigint AS overdue, count(*)::int AS orders
      FROM owed GROUP BY client_id)
  SELECT d.*, c.display_name AS "displayName", count(*) OVER ()::int AS total
    FROM debtors d JOIN clients c ON c.id = d.client_id
   ORDER BY d.overdue DESC, d.debt DESC, d.client_id
   LIMIT $3 OFFSET $4`;
