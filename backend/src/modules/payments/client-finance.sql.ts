/**
 * What a client owes and holds, in one statement: the screen-pop carries it. Debt counts orders that
 * are not in a lost stage; overdue is, per order, the schedule due before today not covered by payments.
 * $1 client id, $2 currency, $3 today.
 */
export const CLIENT_FINANCE_SQL = `
  WITH owed AS (
    SELECT o.id, o.number, s.key AS stage, s.name AS stage_name, s.won, o.total, o.paid, o.currency, greatest(o.total - o.paid, 0) AS debt,
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
    coalesce((SELECT json_agg(json_build_object('id', id, 'number', number, 'stage', stage,
                                                'stageName', stage_name, 'total', total, 'paid', paid,
                                                'debt', debt, 'currency', currency, 'createdAt', created_at)
                              ORDER BY created_at DESC)
                FROM owed WHERE NOT won OR debt > 0), '[]') AS "openOrders"`;
