/**
 * The client owning a number: an index probe on the normalized number. When two clients share a
 * number (a family phone), the one stored first wins, as it does for the screen-pop.
 */
export const CLIENT_BY_PHONE_SQL = `
  SELECT c.id
    FROM clients c
   WHERE c.deleted_at IS NULL
     AND c.id IN (SELECT client_id FROM client_phones WHERE e164 = $1)
   ORDER BY c.created_at
   LIMIT 1`;
