import { AgentPresence, CallRecord, DemoPhoneLine, Page, ScreenPop, Task } from '@switchboard/contracts';
import { AgentClient, connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { TestApp, startTestApp } from './helpers/test-app';

type Agent = AuthHeader & { id: string; socket: AgentClient };

/** Only the header: supertest takes every property of what it is given as one. */
const auth = (who: AuthHeader): AuthHeader => ({ authorization: who.authorization });

/**
 * The demo PBX (PBX_MODE=simulator) with its demo phone: calls wait for the console's Answer or Reject over the
 * real AMI link, end as missed after the ring timeout, and ring only agents who can take them.
 */
describe('the demo phone of the simulated PBX', () => {
  let t: TestApp;
  let admin: AuthHeader;
  const agents: Agent[] = [];

  const agent = async (role: 'operator' | 'admin', extension: string, onConsole: boolean): Promise<Agent> => {
    const user =
      role === 'admin'
        ? { ...admin, id: (await t.http().get('/api/auth/me').set(admin)).body.id }
        : await userHeader(t, role);
    await t.http().patch(`/api/users/${user.id}`).set(admin).send({ extension }).expect(200);
    const socket = await connectAgent(t.url, user);
    if (onConsole) await socket.send('console.opened');
    const joined = { ...user, socket };
    agents.push(joined);
    return joined;
  };
  const nextPop = (who: Agent, after: number, ms = 10_000) =>
    eventually(() => {
      const pops = who.socket.of('call.ringing');
      expect(pops.length).toBeGreaterThan(after);
      return pops[after] as ScreenPop;
    }, ms);
  const act = (who: AuthHeader, action: string) => t.http().post(`/api/demo-phone/${action}`).set(auth(who));
  const call = (who: AuthHeader, id: string) =>
    t
      .http()
      .get(`/api/calls/${id}`)
      .set(auth(who))
      .then((response) => response.body as CallRecord);
  const ended = (who: AuthHeader, id: string, ms = 10_000) =>
    eventually(async () => {
      const stored = await call(who, id);
      expect(stored.disposition).not.toBeNull();
      return stored;
    }, ms);
  const presence = async (who: AuthHeader) =>
    (await t.http().get('/api/agents/me').set(auth(who)).expect(200)).body as AgentPresence;
  const callBack = async (callId: string) => {
    const tasks = (await t.http().get('/api/tasks?scope=all').set(admin).expect(200)).body as Page<Task>;
    return tasks.items.find((task) => task.callId === callId) ?? null;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    t = await startTestApp({
      PBX_MODE: 'simulator',
      SIMULATOR_CALLS_PER_MINUTE: '600',
      SIMULATOR_RING_SECONDS: '2',
    });
    admin = await adminHeader(t);
  }, 30_000);
  afterAll(async () => {
    agents.forEach((joined) => joined.socket.close());
    await t.close();
  });

  it('answer, hold, resume and hang up act on the PBX; the call is answered by that agent and wrap-up follows', async () => {
    const operator = await agent('operator', '2001', true);
    const pop = await nextPop(operator, 0);
    await sleep(300);
    expect((await call(operator, pop.callId)).answeredAt).toBeNull();
    expect((await t.http().get('/api/demo-phone').set(auth(operator)).expect(200)).body).toEqual({
      callId: pop.callId,
      state: 'ringing',
    } satisfies DemoPhoneLine);
    expect((await act(operator, 'answer').expect(200)).body).toEqual({
      callId: pop.callId,
      state: 'talking',
    });
    const answered = await eventually(async () => {
      const stored = await call(operator, pop.callId);
      expect(stored.answeredAt).not.toBeNull();
      return stored;
    });
    expect(answered).toMatchObject({ agentExtension: '2001', agent: { id: operator.id } });
    expect((await act(operator, 'answer').expect(409)).body.code).toBe('DEMO_PHONE_NO_CALL');
    expect((await act(operator, 'hold').expect(200)).body.state).toBe('held');
    await eventually(async () =>
      expect((await call(operator, pop.callId)).timeline.map((entry) => entry.step)).toContain('held'),
    );
    await sleep(1100);
    expect((await act(operator, 'resume').expect(200)).body.state).toBe('talking');
    await act(operator, 'hangup').expect(200);
    const done = await ended(operator, pop.callId);
    expect(done).toMatchObject({ disposition: 'answered', agentExtension: '2001' });
    expect(done.holdSeconds).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect((await presence(operator)).status).toBe('wrap-up'));
    expect(await callBack(pop.callId)).toBeNull();

    // Wrapping up: not rung, however fast calls come.
    const popsSoFar = operator.socket.of('call.ringing').length;
    await sleep(800);
    expect(operator.socket.of('call.ringing')).toHaveLength(popsSoFar);
    await t.http().post('/api/agents/me/ready').set(auth(operator)).expect(202);
    await nextPop(operator, popsSoFar);
    await act(operator, 'reject').expect(200);
    operator.socket.close();
    await t.http().patch(`/api/users/${operator.id}`).set(admin).send({ extension: null }).expect(200);
  }, 40_000);

  it('reject and the ring timeout end the call as missed, with a call-back task and no wrap-up', async () => {
    const operator = await agent('operator', '2002', true);
    const first = await nextPop(operator, 0);
    await act(operator, 'reject').expect(200);
    const rejected = await ended(operator, first.callId);
    expect(rejected.disposition).toBe('busy');
    expect(rejected.answeredAt).toBeNull();
    await eventually(async () => expect(await callBack(first.callId)).not.toBeNull());

    const second = await nextPop(operator, 1);
    const timedOut = await ended(operator, second.callId, 6000);
    expect(timedOut).toMatchObject({ disposition: 'no-answer', answeredAt: null, agent: null });
    await eventually(async () => expect(await callBack(second.callId)).not.toBeNull());
    expect(operator.socket.of('call.ringStopped').some((stop) => stop.callId === second.callId)).toBe(true);
    expect((await presence(operator)).status).toBe('available');
    expect(operator.socket.of('agent.statusChanged').some((change) => change.status === 'wrap-up')).toBe(
      false,
    );
    operator.socket.close();
    await t.http().patch(`/api/users/${operator.id}`).set(admin).send({ extension: null }).expect(200);
  }, 40_000);

  it('rings nobody off the console page, no admin outside a queue, and nobody paused', async () => {
    const away = await agent('operator', '2003', false);
    const lead = await agent('admin', '2004', true);
    const queued = await agent('operator', '2005', false);
    expect((await act(away, 'answer').expect(409)).body.code).toBe('DEMO_PHONE_NO_CALL');
    await t.http().post('/api/agents/me/queues').set(auth(queued)).send({ queue: 'support' }).expect(202);
    const queuedPop = await nextPop(queued, 0);
    await act(queued, 'reject').expect(200);
    await ended(queued, queuedPop.callId);
    await sleep(1000);
    expect(away.socket.of('call.ringing')).toHaveLength(0);
    expect(lead.socket.of('call.ringing')).toHaveLength(0);

    await t
      .http()
      .post('/api/agents/me/pause')
      .set(auth(queued))
      .send({ paused: true, reason: 'lunch' })
      .expect(202);
    await eventually(async () => expect((await presence(queued)).status).toBe('paused'));
    // A call already ringing may still end; after that none comes while paused.
    await sleep(2500);
    const whilePaused = queued.socket.of('call.ringing').length;
    await sleep(1000);
    expect(queued.socket.of('call.ringing')).toHaveLength(whilePaused);
  }, 40_000);

  it('answers with codes when the call or the extension is not there', async () => {
    const bare = await userHeader(t, 'operator');
    expect((await act(bare, 'answer').expect(409)).body.code).toBe('NO_EXTENSION');
    const body = (await t.http().post('/api/demo-phone/dance').set(bare).expect(400)).body;
    expect(body.code).toBe('VALIDATION_FAILED');
    await t.http().post('/api/demo-phone/answer').expect(401);
  });
});

describe('the demo phone without the simulated PBX', () => {
  it('is refused with DEMO_PHONE_UNAVAILABLE', async () => {
    const t = await startTestApp({ PBX_MODE: 'none' });
    try {
      const operator = await userHeader(t, 'operator');
      const refused = await t.http().post('/api/demo-phone/answer').set(auth(operator)).expect(409);
      expect(refused.body.code).toBe('DEMO_PHONE_UNAVAILABLE');
    } finally {
      await t.close();
    }
  }, 30_000);
});
