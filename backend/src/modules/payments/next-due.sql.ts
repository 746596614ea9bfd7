/**
 * The earliest scheduled payment still to come: per order (not lost, not paid off) the installments in date
 * order, each covered once the order's payments reach its running total; the first uncovered one due today or
 * later. $1 client id, $2 today. Null when no schedule has one.
 */
export const NEXT_DUE_SQL = `
  WITH schedule AS (
    SELECT i.due_date, o.paid,
           sum(i.amount_minor) OVER (PARTITION BY o.id ORDER BY i.due_date, i.id) AS running
      FROM orders o
      JOIN order_stages s ON s.id = o.stage_id
      JOIN order_installments i ON i.order_id = o.id
     WHERE o.client_id = $1 AND NOT s.lost AND o.total > o.paid)
  SELECT to_char(min(due_date), 'YYYY-MM-DD') AS "nextDue"
    FROM schedule
   WHERE running > paid AND due_date >= $2`;
