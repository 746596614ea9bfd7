import { createServer } from 'node:net';

function canBind(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolvePromise(true)));
  });
}

/**
 * The first of `preferred`, `preferred + 1`, … (`attempts` ports in all) that can be bound on
 * 127.0.0.1, so that a second `npm start` on the machine takes the next port instead of failing.
 */
export async function freeLocalPort(preferred: number, attempts = 10): Promise<number> {
  for (let port = preferred; port < preferred + attempts; port += 1) {
    if (await canBind(port)) return port;
  }
  throw new Error(
    `ports ${preferred}–${preferred + attempts - 1} on 127.0.0.1 are all taken: stop what holds them`,
  );
}
