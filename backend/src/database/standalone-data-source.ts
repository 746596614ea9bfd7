import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../core/database/database-options';

/** Every module's entities: for tools outside the application and for the worker, which loads few modules. */
export const ENTITIES_GLOB = join(__dirname, '..', 'modules', '**', '*.entity.{ts,js}');

/** A data source outside Nest: the TypeORM CLI, `npm run migrate`, the bench's seeding. */
export function standaloneDataSource(url: string): DataSource {
  return new DataSource({ ...databaseOptions(url), entities: [ENTITIES_GLOB] });
}

/** Applies pending migrations, one transaction each; answers the names of those applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  const dataSource = await standaloneDataSource(url).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
