import { ClientSortField } from '@switchboard/contracts';

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** Columns of a registry row, read in one statement with the phones and emails aggregated. */
export const CLIENT_SUMMARY_COLUMNS = `
  c.id, c.kind, c.display_name AS "displayName", c.tax_id AS "taxId",
  ARRAY(SELECT p.original FROM client_phones p
         WHERE p.client_id = c.id AND p.contact_id IS NULL ORDER BY p.position) AS phones,
  ARRAY(SELECT e.email FROM client_emails e WHERE e.client_id = c.id ORDER BY e.position) AS emails,
  c.category, c.tags, c.status,
  CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'displayName', m.display_name) END AS manager,
  to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate",
  to_char(c.last_contact_at AT TIME ZONE 'UTC', ${ISO}) AS "lastContactAt",
  to_char(c.created_at AT TIME ZONE 'UTC', ${ISO}) AS "createdAt",
  c.custom_fields AS "customFields"`;

export const CLIENT_SUMMARY_FROM = 'FROM clients c LEFT JOIN users m ON m.id = c.manager_id';

const SORT_COLUMNS: Record<ClientSortField, string> = {
  displayName: 'c.display_name',
  createdAt: 'c.created_at',
  lastContactAt: 'c.last_contact_at',
  birthDate: 'c.birth_date',
  status: 'c.status',
};

/** ORDER BY for a sort field; empty values last, then the id so pages never overlap. */
export function clientOrderSql(sort: ClientSortField, order: 'asc' | 'desc'): string {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${SORT_COLUMNS[sort]} ${direction} NULLS LAST, c.id ${direction}`;
}

/** A page of clients matching filters; the total is counted by a separate statement. */
export const filterPageSql = (where: string, order: string, slice: string) =>
  `SELECT ${CLIENT_SUMMARY_COLUMNS} ${CLIENT_SUMMARY_FROM} WHERE ${where} ${order} ${slice}`;

/**
 * A page of search matches with their total in one statement. The matches (id and sort key only) are
 * collected first through the search indexes in a materialized CTE, then sorted, and only the page's
 * rows are read in full. Left free, PostgreSQL walked the whole name index in sort order looking for a
 * common surname fragment (0.5-1 s at a million clients).
 */
export const searchPageSql = (where: string, sort: ClientSortField, order: 'asc' | 'desc', slice: string) => {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  return `
  WITH found AS MATERIALIZED (SELECT c.id, ${SORT_COLUMNS[sort]} AS sort_key FROM clients c WHERE ${where}),
       page AS (SELECT id FROM found ORDER BY sort_key ${direction} NULLS LAST, id ${direction} ${slice})
  SELECT ${CLIENT_SUMMARY_COLUMNS}, (SELECT count(*) FROM found)::int AS total
    FROM page JOIN clients c ON c.id = page.id LEFT JOIN users m ON m.id = c.manager_id
   ${clientOrderSql(sort, order)}`;
};
