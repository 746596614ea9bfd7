import { ApiError, QueueStats, WallboardSnapshot } from '@switchboard/contracts';
import { ScriptedAmiServer, syntheticQueueCall } from '@switchboard/telephony/test-pbx';
import { AgentClient, connectAgent, eventually, wallboardDeltas } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { recordedCall, startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

type User = AuthHeader & { id: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const header = (user: AuthHeader): AuthHeader => ({ authorization: user.authorization });

/**
 * The supervisor's wallboard against the scripted AMI PBX replaying queue calls recorded from Asterisk 22:
 * exact figures, the deltas each socket may see, and the same numbers after a reconnect and a restart.
 */
describe('the wallboard', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let agent: User;
  let outsider: User;
  let supervisor: User;
  let salesSupervisor: User;
  let operator: User;
  const sockets: AgentClient[] = [];

  const connect = async (who: AuthHeader) => {
    const socket = await connectAgent(t.url, who);
    sockets.push(socket);
    return socket;
  };
  const open = async (socket: AgentClient) => (await socket.ask('wallboard.opened')) as WallboardSnapshot;
  const lastStats = (socket: AgentClient, queue: string): QueueStats => {
    const stats = wallboardDeltas(socket).queues.filter((update) => update.queue === queue);
    expect(stats.length).toBeGreaterThan(0);
    return stats[stats.length - 1];
  };
  const withExtension = async (role: 'operator' | 'supervisor', extension: string | null) => {
    const user = await userHeader(t, role);
    if (extension) await t.http().patch(`/api/users/${user.id}`).set(admin).send({ extension }).expect(200);
    return user;
  };

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    pbx.setList('QueueSummary', [
      { Event: 'QueueSummary', Queue: 'sales' },
      { Event: 'QueueSummary', Queue: 'support' },
    ]);
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
    agent = await withExtension('operator', '2002');
    outsider = await withExtension('operator', '1001');
    supervisor = await withExtension('supervisor', null);
    salesSupervisor = await withExtension('supervisor', null);
    operator = await withExtension('operator', null);
    const team = (name: string, memberIds: string[], queues: string[]) =>
      t.http().post('/api/teams').set(admin).send({ name, memberIds, queues }).expect(201);
    await team('Support', [supervisor.id, agent.id], ['support']);
    await team('Sales', [salesSupervisor.id], ['sales']);
    await t
      .http()
      .post('/api/clients')
      .set(admin)
      .send({
        kind: 'person',
        firstName: 'Olena',
        lastName: 'Petrenko',
        phones: [{ number: '067 123 45 67' }],
      })
      .expect(201);
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
    await pbx.close();
  });

  it('counts recorded queue calls exactly and sends each wallboard only what its teams may see', async () => {
    const adminBoard = await connect(admin);
    const supervisorBoard = await connect(supervisor);
    const salesBoard = await connect(salesSupervisor);
    const operatorSocket = await connect(operator);
    const first = await open(adminBoard);
    expect(first.queues.map((queue) => queue.queue)).toEqual(['sales', 'support']);
    expect(first.agents.map((row) => row.userId).sort()).toEqual([agent.id, outsider.id].sort());
    const mine = await open(supervisorBoard);
    expect(mine.queues.map((queue) => queue.queue)).toEqual(['support']);
    expect(mine.agents.map((row) => row.userId)).toEqual([agent.id]);
    expect((await open(salesBoard)).queues.map((queue) => queue.queue)).toEqual(['sales']);
    expect((await operatorSocket.ask('wallboard.opened')) as ApiError).toMatchObject({ code: 'FORBIDDEN' });

    // Answered after waiting ~1.2 s: the caller leaves the queue as the agent connects.
    const answered = recordedCall('queue_answered_sip', { '5554000': '0671234567' });
    const leave = answered.findIndex((frame) => frame.startsWith('Event: QueueCallerLeave'));
    pbx.broadcast(answered.slice(0, leave));
    // The caller is on the board at once, by number; their client follows once found.
    const joined = await eventually(() => {
      const seen = wallboardDeltas(supervisorBoard).callersJoined;
      expect(seen.at(-1)?.client).toMatchObject({ name: 'Petrenko Olena' });
      return seen;
    });
    expect(joined.map((caller) => [caller.queue, caller.number, caller.client?.name ?? null])).toEqual([
      ['support', '+380671234567', null],
      ['support', '+380671234567', 'Petrenko Olena'],
    ]);
    await sleep(1200);
    const complete = answered.findIndex((frame) => frame.startsWith('Event: AgentComplete'));
    pbx.broadcast(answered.slice(leave, complete));
    // Talking for a moment: the wallboard sends an agent's latest row only.
    await sleep(300);
    pbx.broadcast(answered.slice(complete));
    await eventually(() => expect(wallboardDeltas(supervisorBoard).callersLeft).toHaveLength(1));
    pbx.broadcast(recordedCall('queue_abandon'));
    pbx.broadcast(recordedCall('queue_abandon_empty'));
    const short = syntheticQueueCall({
      linkedid: '1795800000.1',
      callerNumber: '0670000003',
      queue: 'support',
    });
    pbx.broadcast([...short.join, ...short.abandon(3)]);

    const expected = {
      offered: 4,
      answered: 1,
      abandoned: 2,
      shortAbandoned: 1,
      answeredWithinServiceLevel: 1,
      handled: 1,
      serviceLevel: 1 / 3,
      abandonRate: 2 / 3,
    };
    const stats = await eventually(() => {
      expect(lastStats(supervisorBoard, 'support')).toMatchObject({ waiting: 0, today: expected });
      return lastStats(supervisorBoard, 'support');
    });
    expect(stats.today.averageSpeedOfAnswer).toBeGreaterThanOrEqual(1.2);
    expect(stats.today.averageSpeedOfAnswer).toBeLessThan(3);
    expect(lastStats(adminBoard, 'support').today).toEqual(stats.today);

    const rows = wallboardDeltas(supervisorBoard).agents.filter((row) => row.userId === agent.id);
    expect(rows.map((row) => row.state)).toEqual(expect.arrayContaining(['ringing', 'on-call']));
    expect(rows.find((row) => row.state === 'on-call')?.call).toMatchObject({
      number: '+380671234567',
      queue: 'support',
      client: { name: 'Petrenko Olena' },
      debt: '0.00',
      answered: true,
    });
    expect(rows.at(-1)).toMatchObject({ call: null, today: { handled: 1 } });

    expect(wallboardDeltas(supervisorBoard).agents.some((row) => row.userId === outsider.id)).toBe(false);
    expect(wallboardDeltas(salesBoard).queues.some((update) => update.queue === 'support')).toBe(false);
    expect(wallboardDeltas(salesBoard).callersJoined).toEqual([]);
    expect(operatorSocket.received.filter(({ event }) => event.startsWith('wallboard.'))).toEqual([]);
  });

  it('keeps the figures over a reconnect and takes who waits from QueueStatus', async () => {
    const board = await connect(admin);
    const before = (await open(board)).queues.find((queue) => queue.queue === 'support');
    pbx.setList('CoreShowChannels', [
      {
        Event: 'CoreShowChannel',
        Channel: 'PJSIP/trunk-00000042',
        Uniqueid: '1795900000.5',
        Linkedid: '1795900000.5',
      },
    ]);
    pbx.setList('QueueStatus', [
      { Event: 'QueueParams', Queue: 'support' },
      {
        Event: 'QueueEntry',
        Queue: 'support',
        Position: 1,
        Channel: 'PJSIP/trunk-00000042',
        Uniqueid: '1795900000.5',
        CallerIDNum: '0671234567',
        Wait: 40,
      },
    ]);
    pbx.dropConnections();
    const after = await eventually(async () => {
      const snapshot = await open(board);
      expect(snapshot.waiting).toHaveLength(1);
      return snapshot;
    });
    expect(after.waiting[0]).toMatchObject({ queue: 'support', number: '+380671234567' });
    expect(Date.now() - Date.parse(after.waiting[0].joinedAt)).toBeGreaterThanOrEqual(40_000);
    expect(after.queues.find((queue) => queue.queue === 'support')?.today).toEqual(before?.today);
  });

  it('gives the same figures after the backend restarts', async () => {
    const board = await connect(admin);
    const before = (await open(board)).queues.find((queue) => queue.queue === 'support');
    t = await t.restart();
    const again = await connect(admin);
    const after = await eventually(async () => {
      const snapshot = await open(again);
      expect(snapshot.waiting).toHaveLength(1);
      return snapshot;
    });
    expect(after.queues.find((queue) => queue.queue === 'support')?.today).toEqual(before?.today);
    expect(after.agents.find((row) => row.userId === agent.id)?.today.handled).toBe(1);
  });

  it('lets admins change a queue rules and counts the day again by them; supervisors only read them', async () => {
    await t
      .http()
      .put('/api/queues/support/settings')
      .set(header(supervisor))
      .send({ serviceLevelSeconds: 1 })
      .expect(403);
    const invalid = await t
      .http()
      .put('/api/queues/support/settings')
      .set(admin)
      .send({ serviceLevelSeconds: 0 })
      .expect(400);
    expect(invalid.body.details).toEqual([
      expect.objectContaining({ field: 'serviceLevelSeconds', code: 'TOO_SMALL' }),
    ]);
    const saved = await t
      .http()
      .put('/api/queues/support/settings')
      .set(admin)
      .send({ serviceLevelSeconds: 1, shortAbandonSeconds: 6 })
      .expect(200);
    expect(saved.body).toMatchObject({ queue: 'support', serviceLevelSeconds: 1, shortAbandonSeconds: 6 });
    const all = await t.http().get('/api/queues/settings').set(header(supervisor)).expect(200);
    expect(all.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ queue: 'support', serviceLevelSeconds: 1 })]),
    );
    const board = await connect(admin);
    const support = (await open(board)).queues.find((queue) => queue.queue === 'support');
    // The 1.2 s answer is now outside the service level; the 5 s abandon is now short.
    expect(support?.today).toMatchObject({ answeredWithinServiceLevel: 0, abandoned: 1, shortAbandoned: 2 });
    await t.http().get('/api/queues/settings').set(header(operator)).expect(403);
  });
});
