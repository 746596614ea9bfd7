import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';
import { stopAtSpecEndUnlessStopped } from './leftovers';

const ROOT = join(__dirname, '..', '..');
const SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ProductServer {
  url: string;
  /** The product's own database, for flows that need rows no screen makes (a recorded call). */
  databaseUrl: string;
  stop: () => Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** The built product (dist/: migrations, then the API and the worker) on its own port and database, as `npm start` would run it; `env` adds to
 * or overrides its configuration (the softphone flow points it at a test SIP server). */
export async function startProduct(
  admin: { login: string; password: string },
  env: NodeJS.ProcessEnv = {},
): Promise<ProductServer> {
  const database = `sb_e2e_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${database}`);
  // Kernel-chosen: a fixed range can hold a port that fetch refuses (3659, 4045, …).
  const port = await freePort();
  const databaseUrl = new URL(SERVER_URL);
  databaseUrl.pathname = `/${database}`;
  const productEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `${database}:`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_LOGIN: admin.login,
    ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: 'warn',
    ...env,
  };
  const migrate = spawn(process.execPath, [join(ROOT, 'dist/backend/backend/src/database/migrate.js')], {
    env: productEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [migrated] = (await once(migrate, 'exit')) as [number | null];
  if (migrated !== 0) throw new Error(`the migrations exited with code ${migrated}`);
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/backend/backend/src/main.js')], {
    env: productEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const worker: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/backend/backend/src/worker.js')], {
    env: productEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = stopAtSpecEndUnlessStopped(async () => {
    await Promise.all([stopped(worker), stopped(server)]);
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
  try {
    await Promise.all([started(server, 'listening on'), started(worker, 'worker is running')]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, databaseUrl: databaseUrl.toString(), stop };
}

function started(child: ChildProcess, readyLine: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${readyLine}: exited with code ${code} before`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(readyLine)) resolve();
    });
  });
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
