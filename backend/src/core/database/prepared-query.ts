import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgPool {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

/**
 * Runs a hot statement as a named prepared statement on the pool TypeORM owns, so PostgreSQL plans it once
 * per connection instead of on every call (the screen-pop's look-ups).
 */
export async function preparedQuery<R>(
  db: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const pool = (db.driver as PostgresDriver).master as PgPool;
  return (await pool.query<R>({ name, text, values })).rows;
}
