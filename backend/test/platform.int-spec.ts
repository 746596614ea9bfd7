import {
  AGENT_NAMESPACE,
  ClientToServerEvents,
  ServerToClientEvents,
  SessionRevokedPayload,
} from '@switchboard/contracts';
import { io, Socket } from 'socket.io-client';
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

  it('answers unknown API routes with a JSON 404 and tags each response with a request id', async () => {
    const response = await t.http().get('/api/no-such-thing').set(asAdmin);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('refuses a socket without a valid token', async () => {
    const error = await new Promise<Error>((resolve) => connect('forged').on('connect_error', resolve));
    expect(error.message).toMatch(/invalid|expired/i);
    const anonymous = await new Promise<Error>((resolve) => connect().on('connect_error', resolve));
    expect(anonymous.message).toBe('Authentication required');
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
