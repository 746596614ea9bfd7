import { ChildProcess } from 'node:child_process';
import { eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { freePort } from './helpers/free-port';
import { killRedis, startRedis } from './helpers/redis-server';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

describe('with Redis gone for a while', () => {
  let port: number;
  let redis: ChildProcess;
  let t: TestApp;
  let admin: AuthHeader;
  let importId: string;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
    admin = await adminHeader(t);
    const csv = Buffer.from('Name,Phone\nOlena Koval,067 123 45 67\n');
    const preview = await t
      .http()
      .post('/api/client-imports')
      .set(admin)
      .attach('file', csv, { filename: 'clients.csv' })
      .expect(201);
    importId = preview.body.importId;
    await killRedis(redis);
  });
  afterAll(async () => {
    await t.close();
    await killRedis(redis);
  });

  it('answers sign-in and enqueueing with 503 at once instead of hanging or failing with 500', async () => {
    const login = await t.http().post('/api/auth/login').send(ADMIN);
    expect(login.status).toBe(503);
    expect(login.body.code).toBe('SERVICE_UNAVAILABLE');
    const start = await t
      .http()
      .post(`/api/client-imports/${importId}/start`)
      .set(admin)
      .send({ mapping: { Name: 'fullName', Phone: 'phone' } });
    expect(start.status).toBe(503);
    const status = await t.http().get(`/api/client-imports/${importId}`).set(admin).expect(200);
    expect(status.body.state).toBe('previewed');
  });

  it('recovers by itself once Redis is back', async () => {
    redis = await startRedis(port);
    await eventually(async () => {
      expect((await t.http().post('/api/auth/login').send(ADMIN)).status).toBe(200);
    }, 10_000);
    await t
      .http()
      .post(`/api/client-imports/${importId}/start`)
      .set(admin)
      .send({ mapping: { Name: 'fullName', Phone: 'phone' } })
      .expect(202);
  });
});
