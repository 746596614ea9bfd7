import { createServer, Server } from 'node:http';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface PhonePageServer {
  url: string;
  stop: () => Promise<void>;
}

const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>test phone</title></head>' +
  '<body><script src="/phone.js"></script></body></html>';

/** `jssip` ships no browser bundle, so the test phone script is bundled here with esbuild. */
async function bundlePhone(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'test-phone.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Serves the test phone page on loopback, which the browser treats as a secure context for media. */
export async function startPhonePage(): Promise<PhonePageServer> {
  const script = await bundlePhone();
  const server: Server = createServer((request, response) => {
    if (request.url === '/phone.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
