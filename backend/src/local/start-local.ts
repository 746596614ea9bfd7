import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { loadLocalSecrets } from './local-secrets';
import { startLocalRedis } from './local-redis';

type Stop = () => Promise<void>;

function say(line: string): void {
  process.stdout.write(`[switchboard] ${line}\n`);
}

/**
 * `npm start`: runs the product with whatever is configured and fills the gaps locally —
 * an embedded PostgreSQL when DATABASE_URL is unset, a private redis-server when REDIS_URL is
 * unset — then stops everything it started on Ctrl-C.
 */
async function startLocal(): Promise<void> {
  const dataDir = resolve(process.env['SWITCHBOARD_DATA_DIR'] ?? '.data');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secrets = loadLocalSecrets(dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JWT_SECRET: process.env['JWT_SECRET'] ?? secrets.jwtSecret,
  };
  const started: Stop[] = [];

  const stopAll = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };

  try {
    if (!env['DATABASE_URL']) {
      say(`DATABASE_URL is not set: starting an embedded PostgreSQL (data in ${join(dataDir, 'postgres')})`);
      const postgres = await startEmbeddedPostgres(dataDir, secrets.postgresPassword);
      started.push(postgres.stop);
      env['DATABASE_URL'] = postgres.url;
    }
    if (!env['REDIS_URL']) {
      say('REDIS_URL is not set: starting a local redis-server');
      const redis = await startLocalRedis();
      started.push(redis.stop);
      env['REDIS_URL'] = redis.url;
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  if (!env['PBX_MODE']) {
    say(
      'PBX_MODE is not set: a simulated PBX rings every user who has an SIP extension (set one in Admin → Users)',
    );
    env['PBX_MODE'] = 'simulator';
  }

  const app: ChildProcess = fork(join(__dirname, '..', 'main.js'), { env, stdio: 'inherit' });
  const shutdown = async () => {
    say('stopping…');
    if (app.exitCode === null && app.signalCode === null) {
      app.kill('SIGTERM');
      await once(app, 'exit');
    }
    await stopAll();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  app.once('exit', (code) => {
    if (code !== null && code !== 0) void stopAll().then(() => process.exit(code));
  });
}

startLocal().catch((error: unknown) => {
  process.stderr.write(
    `[switchboard] could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
