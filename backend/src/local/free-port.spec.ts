import { createServer, Server } from 'node:net';
import { freeLocalPort } from './free-port';

function listen(port: number): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => resolvePromise(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}

describe('freeLocalPort', () => {
  let held: Server;
  let heldPort: number;

  beforeEach(async () => {
    held = await listen(0);
    heldPort = (held.address() as { port: number }).port;
  });

  afterEach(() => close(held));

  it('skips a port that is held and takes one of the next', async () => {
    const port = await freeLocalPort(heldPort);

    expect(port).toBeGreaterThan(heldPort);
    expect(port).toBeLessThan(heldPort + 10);
    await close(await listen(port));
  });

  it('takes the preferred port when it is free', async () => {
    await close(held);
    held = createServer();

    expect(await freeLocalPort(heldPort)).toBe(heldPort);
  });

  it('says which ports it tried when none is free', async () => {
    await expect(freeLocalPort(heldPort, 1)).rejects.toThrow(`ports ${heldPort}–${heldPort} on 127.0.0.1`);
  });
});
