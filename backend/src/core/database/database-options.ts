import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

/** Every migration file, compiled or not: a new one needs no list to be found. */
const MIGRATIONS_GLOB = join(__dirname, '..', '..', 'database', 'migrations', '*.{ts,js}');

/**
 * Connection settings shared by the application and the standalone data source. The application's
 * entities come from each module's `TypeOrmModule.forFeature`; migrations run in their own step
 * (`npm run migrate`, the compose `migrate` service), never at the API's boot.
 */
export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: [MIGRATIONS_GLOB],
    synchronize: false,
    migrationsRun: false,
    // Call events write several short transactions per call while screen-pops read: ten connections
    // (pg's default) queue the pops behind the commits at a few hundred calls a second.
    poolSize: 20,
    migrationsTransactionMode: 'each',
  };
}
