/**
 * Clients owing money in `$1` currency, the largest overdue first, each with their first own phone and
 * latest payment, and the sums over every debtor beside each row; $2 today, $3 limit (null: all),
 * $4 offset.
 */
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
  SELECT d.*, c.display_name AS "displayName", phone.original AS "phoneNumber", phone.e164 AS "phoneE164",
         paid.amount_minor::bigint AS "lastPaymentMinor", paid.paid_at AS "lastPaymentAt",
         count(*) OVER ()::int AS total, (sum(d.debt) OVER ())::bigint AS "totalDebt",
         (sum(d.overdue) OVER ())::bigint AS "totalOverdue", (sum(d.orders) OVER ())::int AS "totalOrders"
    FROM debtors d
    JOIN clients c ON c.id = d.client_id
    LEFT JOIN LATERAL (
      SELECT p.original, p.e164 FROM client_phones p
       WHERE p.client_id = d.client_id AND p.contact_id IS NULL ORDER BY p.position, p.id LIMIT 1) phone ON true
    LEFT JOIN LATERAL (
      SELECT op.amount_minor, op.paid_at FROM order_payments op JOIN orders po ON po.id = op.order_id
       WHERE po.client_id = d.client_id AND op.kind = 'payment' ORDER BY op.paid_at DESC LIMIT 1) paid ON true
   ORDER BY d.overdue DESC, d.debt DESC, d.client_id
   LIMIT $3 OFFSET $4`;
