import { nameKey } from './name-key';

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const BATCH = 10_000;

/**
 * Writes every client's search key from its display name, a batch of ids at a time: for the
 * migration that adds the column and for rows inserted by SQL alone (the bench's seed). The key is
 * computed here, not in SQL, so there is one transliteration to test and keep.
 */
export async function fillSearchNames(db: Queryable): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await db.query(
      `SELECT id, display_name AS name FROM clients WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [after],
    )) as { id: string; name: string }[];
    if (rows.length === 0) return;
    await db.query(
      `UPDATE clients c SET search_name = k.key FROM unnest($1::uuid[], $2::text[]) AS k(id, key)
        WHERE c.id = k.id AND c.search_name IS DISTINCT FROM k.key`,
      [rows.map((row) => row.id), rows.map((row) => nameKey(row.name))],
    );
    after = rows[rows.length - 1].id;
  }
}
