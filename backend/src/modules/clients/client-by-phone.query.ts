/**
 * The screen-pop look-up as one statement: an index probe on the normalized number and the client's
 * phones aggregated in PostgreSQL. It skips TypeORM's entity hydration, which doubled the tail latency
 * at a million clients (see `npm run bench`).
 */
/** Same text as `Date.toISOString()`, so both read paths agree to the character. */
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

export const CLIENT_BY_PHONE_SQL = `
  SELECT c.id, c.kind, c.display_name AS "displayName", c.first_name AS "firstName",
         c.last_name AS "lastName", c.middle_name AS "middleName", c.legal_name AS "legalName",
         c.tax_id AS "taxId", to_char(c.created_at AT TIME ZONE 'UTC', ${ISO}) AS "createdAt",
         to_char(c.updated_at AT TIME ZONE 'UTC', ${ISO}) AS "updatedAt",
         (SELECT json_agg(json_build_object('id', p.id, 'label', p.label, 'number', p.original, 'e164', p.e164)
                          ORDER BY p.id)
            FROM client_phones p WHERE p.client_id = c.id) AS phones
    FROM clients c
   WHERE c.deleted_at IS NULL
     AND c.id IN (SELECT client_id FROM client_phones WHERE e164 = $1)
   ORDER BY c.created_at
   LIMIT 1`;
