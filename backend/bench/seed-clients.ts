import { DataSource } from 'typeorm';

/**
 * Fills the bench database with `count` people, each with one mobile number, generated inside
 * PostgreSQL (no dump is committed). Numbers are +38067 followed by the client's 7-digit index.
 */
export async function seedClients(database: DataSource, count: number): Promise<void> {
  const [{ existing }] = await database.query(`SELECT count(*)::int AS existing FROM clients`);
  if (existing === count) return;
  await database.query(`TRUNCATE clients CASCADE`);
  await database.query(
    `INSERT INTO clients (id, kind, display_name, first_name, last_name)
     SELECT md5('client' || i)::uuid, 'person',
            'Lastname' || i || ' Firstname' || (i % 997), 'Firstname' || (i % 997), 'Lastname' || i
     FROM generate_series(1, $1) AS i`,
    [count],
  );
  await database.query(
    `INSERT INTO client_phones (client_id, original, e164)
     SELECT md5('client' || i)::uuid, '067 ' || lpad(i::text, 7, '0'), '+38067' || lpad(i::text, 7, '0')
     FROM generate_series(1, $1) AS i`,
    [count],
  );
  await database.query(`VACUUM ANALYZE clients`);
  await database.query(`VACUUM ANALYZE client_phones`);
}
