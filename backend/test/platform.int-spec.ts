import {
  AGENT_NAMESPACE,
  ClientToServerEvents,
  ServerToClientEvents,
  SessionRevokedPayload,
} from '@switchboard/contracts';
import { io, Socket } from 'socket.io-client';
import { freePort } from './helpers/free-port';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

type AgentClient = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('health, routing and the agent socket', () => {
  let t: TestApp;
  let asAdmin: { authorization: string };
  const sockets: AgentClient[] = [];

  const connect = (token?: string): AgentClient => {
    const socket: AgentClient = io(`${t.url}${AGENT_NAMESPACE}`, {
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp();
    asAdmin = { authorization: `Bearer ${(await t.login(ADMIN.login, ADMIN.password)).accessToken}` };
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
  });

  it('reports database, Redis and PBX state', async () => {
    const response = await t.http().get('/api/health').set(asAdmin).expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', redis: 'up', pbx: 'not-configured' });
  });

  it('answers the liveness and readiness probes without a token and with nothing but the status', async () => {
    expect((await t.http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
    expect((await t.http().get('/api/health/ready').expect(200)).body).toEqual({ status: 'ok' });
    await t.http().get('/api/health').expect(401);
  });

  it('keeps the detailed report for admins', async () => {
    const operator = await t.http().post('/api/users').set(asAdmin).send({
      login: 'health-operator',
      password: 'operator-password-1',
      displayName: 'Operator',
      role: 'operator',
    });
    expect(operator.status).toBe(201);
    const { accessToken } = await t.login('health-operator', 'operator-password-1');
    await t
      .http()
      .get('/api/health')
      .set({ authorization: `Bearer ${accessToken}` })
      .expect(403);
  });

  it('tells signed-in pages the home phone region and the currency, and nobody else', async () => {
    const facts = await t.http().get('/api/workspace').set(asAdmin).expect(200);
    expect(facts.body).toEqual({ phoneRegion: 'UA', currency: 'UAH' });
    await t.http().get('/api/workspace').expect(401);
  });

  it('sends security headers: a CSP allowing only its own scripts, no framing, no HSTS over plain HTTP', async () => {
    const response = await t.http().get('/api/health/live').expect(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers unknown API routes with a JSON 404 and tags each response with a request id', async () => {
    const response = await t.http().get('/api/no-such-thing').set(asAdmin);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('refuses NUL characters and absurd nesting with 400 naming the field, and huge sign-in bodies with 413', async () => {
    const query = await t.http().get('/api/clients?q=%00').set(asAdmin).expect(400);
    expect(query.body.details).toMatchObject([{ field: '(url)', reason: expect.stringMatching(/NUL/) }]);
    const body = await t
      .http()
      .post('/api/clients')
      .set(asAdmin)
      .send({ kind: 'person', firstName: 'Ol\u0000ena' });
    expect(body.status).toBe(400);
    expect(body.body.details).toMatchObject([{ field: 'firstName', reason: expect.stringMatching(/NUL/) }]);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const nested = await t
      .http()
      .post('/api/clients')
      .set(asAdmin)
      .set('content-type', 'application/json')
      .send(`{"tags":${deep}}`);
    expect(nested.status).toBe(400);
    expect(nested.body.details[0].reason).toMatch(/deeper/);
    const flood = `{"login":${'['.repeat(400_000)}${']'.repeat(400_000)}}`;
    await t.http().post('/api/auth/login').set('content-type', 'application/json').send(flood).expect(413);
    await t.http().get('/api/health/live').expect(200);
  });

  it('refuses a socket without a valid token', async () => {
    const error = await new Promise<Error>((resolve) => connect('forged').on('connect_error', resolve));
    expect(error.message).toMatch(/invalid|expired/i);
    const anonymous = await new Promise<Error>((resolve) => connect().on('connect_error', resolve));
    expect(anonymous.message).toBe('Authentication required');
  });

  it("refuses a socket handshake from another site's page", async () => {
    const { accessToken } = await t.login(ADMIN.login, ADMIN.password);
    const foreign = io(`${t.url}${AGENT_NAMESPACE}`, {
      auth: { token: accessToken },
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: 'https://evil.example' },
    });
    sockets.push(foreign);
    await new Promise<Error>((resolve) => foreign.on('connect_error', resolve));
    const own = io(`${t.url}${AGENT_NAMESPACE}`, {
      auth: { token: accessToken },
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: t.url },
    });
    sockets.push(own);
    await new Promise<void>((resolve) => own.on('connect', resolve));
  });

  it('tells a deactivated user so on their own socket and closes it, leaving others connected', async () => {
    const create = (login: string) =>
      t
        .http()
        .post('/api/users')
        .set(asAdmin)
        .send({ login, password: 'agent-pass-1', displayName: login, role: 'operator' });
    const { body: agent } = await create('agent-a');
    await create('agent-b');
    const tokens = await Promise.all(['agent-a', 'agent-b'].map((login) => t.login(login, 'agent-pass-1')));
    const [a, b] = tokens.map(({ accessToken }) => connect(accessToken));
    await Promise.all(
      [a, b].map((socket) => new Promise((resolve) => socket.on('connect', () => resolve(null)))),
    );

    const revoked = new Promise<SessionRevokedPayload>((resolve) => a.on('session.revoked', resolve));
    const closed = new Promise((resolve) => a.on('disconnect', resolve));
    const bHeard = jest.fn();
    b.on('session.revoked', bHeard);
    await t.http().patch(`/api/users/${agent.id}`).set(asAdmin).send({ active: false }).expect(200);

    expect(await revoked).toEqual({ reason: 'deactivated' });
    await closed;
    expect(bHeard).not.toHaveBeenCalled();
    expect(b.connected).toBe(true);
  });
});

describe('behind HTTPS', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      PUBLIC_URL: 'https://crm.example.com',
      SIP_WS_URL: 'wss://sip.example.com:8089/ws',
    });
  });
  afterAll(() => t.close());

  it('adds HSTS, upgrades insecure requests and lets the softphone reach its SIP WebSocket', async () => {
    const response = await t.http().get('/api/health/live').expect(200);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain('upgrade-insecure-requests');
    expect(csp).toContain("connect-src 'self' wss://sip.example.com:8089");
  });
});

describe('readiness with the PBX out of reach', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      PBX_MODE: 'asterisk',
      AMI_PORT: String(await freePort()),
      AMI_USERNAME: 'switchboard',
      AMI_SECRET: 'no-such-pbx',
    });
  });
  afterAll(() => t.close());

  it('answers 503 without naming what is down, while liveness stays 200', async () => {
    const ready = await t.http().get('/api/health/ready').expect(503);
    expect(ready.body).toEqual({ code: 'NOT_READY', message: 'Not ready to serve requests' });
    await t.http().get('/api/health/live').expect(200);
  });
});
