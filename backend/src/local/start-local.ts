import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runMigrations, startApp } from './app-processes';
import { startEmbeddedPostgres } from './embedded-postgres';
import { messageOf } from './error-text';
import { freeLocalPort } from './free-port';
import { LocalSecrets, loadLocalSecrets } from './local-secrets';
import { startLocalRedis } from './local-redis';
import { LocalStack } from './local-stack';

function say(line: string): void {
  process.stdout.write(`[switchboard] ${line}\n`);
}

/** Preferred ports of the local services; a second instance on the machine takes the next free ones. */
const POSTGRES_PORT = 54329;
const REDIS_PORT = 63799;
const SIMULATOR_AMI_PORT = 50380;

/** Fills the gaps in `env` with local services: PostgreSQL when DATABASE_URL is unset, Redis likewise. */
async function startServices(
  stack: LocalStack,
  dataDir: string,
  secrets: LocalSecrets,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!env['DATABASE_URL']) {
    const track = stack.track.bind(stack, 'service');
    const port = await freeLocalPort(POSTGRES_PORT);
    env['DATABASE_URL'] = await startEmbeddedPostgres(dataDir, secrets.postgresPassword, port, track, say);
  }
  if (!env['REDIS_URL'] && !stack.isStopping) {
    const port = await freeLocalPort(REDIS_PORT);
    say(`REDIS_URL is not set: starting a local redis-server on port ${port}`);
    env['REDIS_URL'] = await startLocalRedis(port, stack.track.bind(stack, 'service'));
  }
  if (!env['PBX_MODE']) {
    say(
      'PBX_MODE is not set: a simulated PBX rings operators who have an extension (Admin → Users) and the console open, or who joined a queue; answer with the demo phone',
    );
    env['PBX_MODE'] = 'simulator';
  }
  // The demo PBX runs inside the API; the worker dials survey calls into it, so both need its port and secret.
  if (env['PBX_MODE'] === 'simulator' && !env['SIMULATOR_AMI_PORT']) {
    env['SIMULATOR_AMI_PORT'] = String(await freeLocalPort(SIMULATOR_AMI_PORT));
    env['SIMULATOR_AMI_SECRET'] ??= randomBytes(16).toString('hex');
  }
}

/** The services, then the migrations, then the API and the worker, each step only if no stop came meanwhile. */
async function startProduct(stack: LocalStack, dataDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const secrets = loadLocalSecrets(dataDir);
  env['JWT_SECRET'] ??= secrets.jwtSecret;
  await startServices(stack, dataDir, secrets, env);
  if (stack.isStopping) return;
  await runMigrations(env, stack.track.bind(stack, 'task'));
  if (stack.isStopping) return;
  stack.track('app', startApp('the API', 'main.js', env));
  stack.track('app', startApp('the worker', 'worker.js', env));
}

/**
 * `npm start`: runs the product with whatever is configured and fills the gaps locally. Every
 * child runs in a process group of its own, so a Ctrl-C (which the terminal sends to its whole
 * foreground group) reaches only this process: it stops the API and the worker, waits for them,
 * then the local Redis and PostgreSQL. If one of them dies, everything stops with the reason.
 */
function startLocal(): void {
  const dataDir = resolve(process.env['SWITCHBOARD_DATA_DIR'] ?? '.data');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const stack = new LocalStack();
  let startup: Promise<void> = Promise.resolve();
  let finishing = false;
  const finish = async (line: string, exitCode: number) => {
    // npm passes the terminal's Ctrl-C on as well: the second signal is the same request.
    if (finishing) return;
    finishing = true;
    (exitCode === 0 ? process.stdout : process.stderr).write(`[switchboard] ${line}\n`);
    await stack.stop();
    await startup.catch(() => undefined);
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void finish('stopping…', 0));
  }
  startup = startProduct(stack, dataDir, { ...process.env });
  startup.then(
    () => stack.onFailure((reason) => void finish(`${reason}: stopping everything`, 1)),
    (error: unknown) => void finish(`could not start: ${messageOf(error)}`, 1),
  );
}

startLocal();
