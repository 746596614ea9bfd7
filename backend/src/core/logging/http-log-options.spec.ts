import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { WEBHOOK_SECRET_HEADER } from '../auth/webhook-secret-header';
import { httpLogOptions } from './http-log-options';

describe('request log lines', () => {
  let server: Server;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pinoHttp(httpLogOptions('info'), sink);
    server = createServer((req, res) => {
      // The parsed query as Express hands it on, names decoded.
      const query = Object.fromEntries(new URLSearchParams(req.url?.split('?')[1]));
      log(Object.assign(req, { query }), res);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('hide the webhook secret in its header and in the query string, however it is spelled', async () => {
    const { port } = server.address() as AddressInfo;
    await request(`http://127.0.0.1:${port}`)
      .post('/api/pbx/binotel?secre%74=in-query-1&SECRET=in-query-2&callType=0')
      .set(WEBHOOK_SECRET_HEADER, 'in-header')
      .set('authorization', 'Bearer a-token')
      .expect(200);
    const logged = lines.join('');
    expect(logged).toContain('/api/pbx/binotel');
    expect(logged).toContain('callType');
    expect(logged).not.toMatch(/in-query-1|in-query-2|in-header|a-token/);
  });

  it("hide a recording link's grant, which plays the recording to whoever holds it", async () => {
    const { port } = server.address() as AddressInfo;
    await request(`http://127.0.0.1:${port}`).get('/api/recordings/the-grant.its-signature').expect(200);
    const logged = lines.join('');
    expect(logged).toContain('/api/recordings/[redacted]');
    expect(logged).not.toMatch(/the-grant|its-signature/);
  });
});
