import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { BinotelApiClient, BinotelApiError } from './binotel-api';

interface Received {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** A stand-in for api.binotel.com: records each request and answers with the next scripted reply. */
async function binotelPeer(replies: { status: number; body: string }[]) {
  const received: Received[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        url: request.url,
        contentType: request.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      const reply = replies.shift() ?? { status: 500, body: 'no reply scripted' };
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    baseUrl: `http://127.0.0.1:${port}/api/4.0/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('BinotelApiClient against a local HTTP server', () => {
  it('posts click-to-call as JSON with key and secret, and returns the generalCallID', async () => {
    const peer = await binotelPeer([
      { status: 200, body: '{"status":"success","generalCallID":"4683320001"}' },
    ]);
    try {
      const client = new BinotelApiClient({ key: 'k', secret: 's', baseUrl: peer.baseUrl });
      await expect(
        client.internalNumberToExternalNumber({ internalNumber: '901', externalNumber: '0671234567' }),
      ).resolves.toBe('4683320001');
      expect(peer.received).toEqual([
        {
          method: 'POST',
          url: '/api/4.0/calls/internal-number-to-external-number.json',
          contentType: 'application/json',
          body: { internalNumber: '901', externalNumber: '0671234567', key: 'k', secret: 's' },
        },
      ]);
    } finally {
      await peer.close();
    }
  });

  it('turns status: error into a BinotelApiError carrying Binotel message and code', async () => {
    const peer = await binotelPeer([
      { status: 200, body: '{"status":"error","code":121,"message":"Your key or secret is wrong"}' },
    ]);
    try {
      const client = new BinotelApiClient({
        key: 'k',
        secret: 'bad',
        baseUrl: peer.baseUrl.replace(/\/$/, ''),
      });
      const failure = client.internalNumberToExternalNumber({
        internalNumber: '901',
        externalNumber: '0671234567',
      });
      await expect(failure).rejects.toThrow('Your key or secret is wrong');
      await expect(failure).rejects.toMatchObject({ binotelCode: '121', httpStatus: 200 });
      await expect(failure).rejects.toBeInstanceOf(BinotelApiError);
    } finally {
      await peer.close();
    }
  });

  it('reports an answer without JSON, and a generalCallID Binotel did not give as null', async () => {
    const peer = await binotelPeer([
      { status: 502, body: '<html>Bad Gateway</html>' },
      { status: 200, body: '{"status":"success"}' },
    ]);
    try {
      const client = new BinotelApiClient({ key: 'k', secret: 's', baseUrl: peer.baseUrl });
      const call = { internalNumber: '901', externalNumber: '0671234567' };
      await expect(client.internalNumberToExternalNumber(call)).rejects.toThrow(
        'answered HTTP 502 without JSON',
      );
      await expect(client.internalNumberToExternalNumber(call)).resolves.toBeNull();
    } finally {
      await peer.close();
    }
  });

  it('reports a server it cannot reach', async () => {
    const peer = await binotelPeer([]);
    await peer.close();
    const client = new BinotelApiClient({ key: 'k', secret: 's', baseUrl: peer.baseUrl, timeoutMs: 2000 });
    await expect(client.call('stats/online-calls', {})).rejects.toThrow('unreachable');
  });
});
