import { spawn } from 'node:child_process';
import { localProcess, OutputTail } from './child-process';

function node(script: string) {
  return spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

function followed(script: string) {
  const child = node(script);
  const tail = new OutputTail();
  tail.follow(child.stdout);
  tail.follow(child.stderr);
  return { child, tail };
}

describe('localProcess', () => {
  it('stops a process with its signal and says how it ended', async () => {
    const child = node('setInterval(() => undefined, 1000)');
    const server = localProcess('a server', child, { signal: 'SIGTERM', graceMs: 5000 });

    await server.stop();

    await expect(server.exited).resolves.toBe('was killed by SIGTERM');
  });

  it('kills a process that ignores its signal once the grace period is over', async () => {
    const complaint = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { child, tail } = followed(
      "process.on('SIGTERM', () => undefined); console.log('up'); setInterval(() => undefined, 1000)",
    );
    await tail.printed(child, 'up');
    const server = localProcess('a stubborn server', child, { signal: 'SIGTERM', graceMs: 300 });
    const started = Date.now();

    await server.stop();

    expect(Date.now() - started).toBeLessThan(2000);
    await expect(server.exited).resolves.toBe('was killed by SIGKILL');
    expect(String(complaint.mock.calls[0][0])).toContain('a stubborn server did not stop within 0.3 s');
    complaint.mockRestore();
  });
});

describe('OutputTail', () => {
  it('resolves once the awaited line is printed', async () => {
    const { child, tail } = followed(
      "console.log('starting'); setTimeout(() => console.log('ready now'), 50)",
    );

    await expect(tail.printed(child, 'ready now')).resolves.toBeUndefined();
  });

  it('quotes what a process printed when it ends before the awaited line, its last words included', async () => {
    const { child, tail } = followed(
      "console.log('starting'); console.error('FATAL: no luck'); process.exit(3)",
    );

    const failure = tail.printed(child, 'ready');

    await expect(failure).rejects.toThrow(/exited with code 3:\n {4}\| starting\n {4}\| FATAL: no luck$/);
  });

  it('says so when the process printed nothing', async () => {
    const { child, tail } = followed('process.exit(1)');

    await expect(tail.succeeded(child)).rejects.toThrow('(it printed nothing)');
  });
});
