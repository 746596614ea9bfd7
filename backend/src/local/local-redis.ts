import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';

const PORT = 63799;

export class RedisMissingError extends Error {
  constructor() {
    super(
      'redis-server was not found on the PATH. Install it (Debian/Ubuntu: sudo apt-get install redis-server, ' +
        'macOS: brew install redis) or set REDIS_URL to a running Redis.',
    );
  }
}

/** A private redis-server on its own port that keeps nothing on disk; stopped with the product. */
export async function startLocalRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (spawnSync('redis-server', ['--version']).error) throw new RedisMissingError();
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) =>
      reject(new Error(`redis-server exited with code ${code} (is port ${PORT} taken?)`)),
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${PORT}`,
    stop: async () => {
      if (server.exitCode !== null) return;
      server.kill('SIGTERM');
      await once(server, 'exit');
    },
  };
}
