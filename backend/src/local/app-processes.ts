import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocalProcess, localProcess } from './child-process';

/** The build beside this file: dist/backend/backend/src/{main,worker}.js, database/migrate.js. */
const BUILT = join(__dirname, '..');

/** Time the API and the worker get to close HTTP, sockets, queues and pools before being killed. */
const APP_GRACE_MS = 10_000;

/** Detached like the services: a Ctrl-C reaches start-local, which stops these first. */
function spawnBuilt(file: string, env: NodeJS.ProcessEnv): ChildProcess {
  const script = join(BUILT, file);
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: \`npm start\` builds it before running start-local.js`);
  }
  return spawn(process.execPath, [script], { env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
}

export function startApp(name: 'the API' | 'the worker', file: string, env: NodeJS.ProcessEnv): LocalProcess {
  return localProcess(name, spawnBuilt(file, env), { signal: 'SIGTERM', graceMs: APP_GRACE_MS });
}

/**
 * Applies the migrations before the API and the worker start, as the compose `migrate` service
 * does. migrate.js runs as its own process because it is a script (it migrates on load and exits
 * on failure), and its lines (applied migrations, or why it failed) go straight to the terminal.
 */
export async function runMigrations(
  env: NodeJS.ProcessEnv,
  track: (task: LocalProcess) => void,
): Promise<void> {
  const child = spawnBuilt(join('database', 'migrate.js'), env);
  const migrations = localProcess('the migrations', child, { signal: 'SIGTERM', graceMs: APP_GRACE_MS });
  track(migrations);
  const how = await migrations.exited;
  if (child.exitCode !== 0) throw new Error(`the database migrations ${how}; the lines above say why`);
}
