import { spawn, spawnSync } from 'node:child_process';
import { LocalProcess, localProcess, OutputTail } from './child-process';
import { messageOf } from './error-text';

export class RedisMissingError extends Error {
  constructor() {
    super(
      'redis-server was not found on the PATH. Install it (Debian/Ubuntu: sudo apt-get install redis-server, ' +
        'macOS: brew install redis) or set REDIS_URL to a running Redis.',
    );
  }
}

/**
 * A private redis-server on its own port that keeps nothing on disk; stopped with the product.
 * Detached, so that a Ctrl-C reaches start-local, which stops it after the API and the worker.
 * `track` receives it as soon as it is spawned, so a stop requested while it starts stops it too.
 */
export async function startLocalRedis(port: number, track: (server: LocalProcess) => void): Promise<string> {
  if (spawnSync('redis-server', ['--version']).error) throw new RedisMissingError();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = new OutputTail();
  output.follow(server.stdout);
  output.follow(server.stderr);
  track(localProcess('Redis', server, { signal: 'SIGTERM', graceMs: 5_000 }));
  try {
    await output.printed(server, 'Ready to accept connections');
  } catch (error) {
    throw new Error(`the local Redis could not start (is port ${port} taken?):\n  ${messageOf(error)}`);
  }
  return `redis://127.0.0.1:${port}`;
}
