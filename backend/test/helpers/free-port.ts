import { once } from 'node:events';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now: for a server a test starts, or for one that must be absent. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}
