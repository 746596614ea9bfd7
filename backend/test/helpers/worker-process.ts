import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const READY_LINE = 'Switchboard worker is running';
const START_TIMEOUT_MS = 60_000;

export interface WorkerProcess {
  stop: () => Promise<void>;
  /** `kill -9`: no shutdown hooks, running jobs abandoned as a crash would leave them. */
  kill: () => Promise<void>;
}

/** The real worker (src/worker.ts, compiled on the fly by swc) as its own process, as production runs it. */
export async function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const worker: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'backend/src/worker.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  worker.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the worker did not start:\n${errors}`)),
      START_TIMEOUT_MS,
    );
    worker.once('exit', (code) => reject(new Error(`the worker exited with code ${code}:\n${errors}`)));
    worker.stdout?.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes(READY_LINE)) return;
      clearTimeout(timer);
      resolve();
    });
  });
  worker.removeAllListeners('exit');
  const end = async (signal: NodeJS.Signals) => {
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    worker.kill(signal);
    await once(worker, 'exit');
  };
  return { stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
