import { CallRecord, Page, ScreenPop, Task } from '@switchboard/contracts';
import { ScriptedAmiServer, amiFrame, syntheticCall } from '@switchboard/telephony';
import { callIdOf } from '../src/modules/calls/call-id';
import { AgentClient, connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { recordedCall, startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

/**
 * The backend against the scripted AMI PBX over TCP, replaying calls recorded from Asterisk 22: call records,
 * exactly one pop to exactly the ringing agent, retraction, recovery after the link drops.
 */
describe('telephony over AMI: call records and the screen-pop', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  const agents: Record<string, { header: AuthHeader & { id: string }; socket: AgentClient }> = {};
  let clientId: string;

  async function agent(extension: string) {
    const login = `agent${extension}`;
    const password = `${login}-password`;
    const created = await t
      .http()
      .post('/api/users')
      .set(admin)
      .send({ login, password, displayName: `Agent ${extension}`, role: 'operator', extension })
      .expect(201);
    const { accessToken } = await t.login(login, password);
    const header = { authorization: `Bearer ${accessToken}`, id: created.body.id as string };
    agents[extension] = { header, socket: await connectAgent(t.url, header) };
  }

  const pops = (extension: string) => agents[extension].socket.of('call.ringing');
  const popsOf = (extension: string, callId: string) =>
    pops(extension).filter((pop) => pop.callId === callId);
  const allCalls = async () =>
    ((await t.http().get('/api/calls?scope=all&pageSize=50').set(admin).expect(200)).body as Page<CallRecord>)
      .items;
  const callOf = (pop: ScreenPop) => async () => {
    const call = (await t.http().get(`/api/calls/${pop.callId}`).set(admin).expect(200)).body as CallRecord;
    expect(call.disposition).not.toBeNull();
    return call;
  };

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
    for (const extension of ['1001', '1002', '1003', '2002']) await agent(extension);
    const client = await t
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
    clientId = client.body.id as string;
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    Object.values(agents).forEach(({ socket }) => socket.close());
    await t.close();
    await pbx.close();
  });

  it('pops a recorded queue call once on the ringing agent only, matched by number, and stores it', async () => {
    pbx.broadcast(recordedCall('queue_answered_sip', { '5554000': '0671234567' }));
    const ended = await eventually(() => {
      expect(agents['2002'].socket.of('call.ended')).toHaveLength(1);
      return agents['2002'].socket.of('call.ended')[0];
    });
    const [pop] = pops('2002');
    expect(pops('2002')).toHaveLength(1);
    expect(pop).toMatchObject({
      direction: 'inbound',
      callerNumber: '+380671234567',
      queue: 'support',
      client: {
        id: clientId,
        name: 'Petrenko Olena',
        phones: [{ number: '067 123 45 67', e164: '+380671234567' }],
      },
      debt: { total: '0.00' },
    });
    const callEvents = agents['2002'].socket.received.filter((entry) => entry.event.startsWith('call.'));
    expect(callEvents.map((entry) => entry.event)).toEqual(['call.ringing', 'call.answered', 'call.ended']);
    expect(ended).toMatchObject({ callId: pop.callId, disposition: 'answered' });
    for (const other of ['1001', '1002', '1003']) expect(pops(other)).toEqual([]);

    const call = await eventually(callOf(pop));
    expect(call).toMatchObject({
      direction: 'inbound',
      callerNumber: '+380671234567',
      queue: 'support',
      agent: { id: agents['2002'].header.id },
      agentExtension: '2002',
      client: { id: clientId },
      disposition: 'answered',
    });
    expect(call.timeline.map((entry) => entry.step)).toEqual(['started', 'ringing', 'answered', 'ended']);
    const history = await eventually(async () => {
      const page = (await t.http().get(`/api/clients/${clientId}/history?kind=call`).set(admin)).body;
      expect(page.items).toHaveLength(1);
      return page.items[0];
    });
    expect(history.data).toMatchObject({ callId: pop.callId, disposition: 'answered', direction: 'inbound' });
  });

  it('pops a rejecting agent once across the queue retries, retracts it and leaves a call-back for the queue', async () => {
    pbx.broadcast(recordedCall('queue_webrtc_reject', { '5555000': '+380671234567' }));
    const ended = await eventually(() => {
      expect(agents['1001'].socket.of('call.ended')).toHaveLength(1);
      return agents['1001'].socket.of('call.ended')[0];
    });
    expect(ended.disposition).toBe('abandoned');
    expect(pops('1001')).toHaveLength(1);
    expect(agents['1001'].socket.of('call.ringStopped').map((stop) => stop.reason)).toEqual([
      'no-answer',
      'no-answer',
      'caller-hung-up',
    ]);
    const tasks = await eventually(async () => {
      const page = (await t.http().get(`/api/tasks?clientId=${clientId}&scope=all`).set(admin))
        .body as Page<Task>;
      expect(page.items.filter((task) => task.callId === ended.callId)).toHaveLength(1);
      return page.items;
    });
    expect(tasks.find((task) => task.callId === ended.callId)).toMatchObject({
      kind: 'call-back',
      queue: 'support',
      assignee: null,
      title: 'Call back +380671234567',
    });
    const queueTasks = (await t.http().get('/api/tasks').set(agents['1003'].header).expect(200))
      .body as Page<Task>;
    expect(queueTasks.items.map((task) => task.callId)).toContain(ended.callId);
    const mine = (await t.http().get('/api/calls').set(agents['1001'].header).expect(200))
      .body as Page<CallRecord>;
    expect(mine.items.map((call) => call.id)).toContain(ended.callId);
  });

  it('pops a queue call answered through a Local channel member on that agent', async () => {
    pbx.broadcast(recordedCall('queue_answered_local', { '5551000': '380671234567' }));
    const ended = await eventually(() => {
      expect(agents['1003'].socket.of('call.ended')).toHaveLength(1);
      return agents['1003'].socket.of('call.ended')[0];
    });
    expect(popsOf('1003', ended.callId)).toMatchObject([{ client: { id: clientId }, queue: 'support' }]);
    for (const other of ['1001', '1002', '2002']) expect(popsOf(other, ended.callId)).toEqual([]);
    const call = await eventually(callOf(popsOf('1003', ended.callId)[0]));
    expect(call).toMatchObject({ agentExtension: '1003', disposition: 'answered', client: { id: clientId } });
  });

  it('stores a caller who gave up with nobody free, popping no one', async () => {
    const before = (await allCalls()).length;
    pbx.broadcast(recordedCall('queue_abandon_empty', { '5553000': '0509998877' }));
    const call = await eventually(async () => {
      const calls = await allCalls();
      expect(calls.length).toBe(before + 1);
      expect(calls[0].disposition).toBe('abandoned');
      return calls[0];
    });
    expect(call).toMatchObject({
      callerNumber: '+380509998877',
      client: null,
      agent: null,
      queue: 'support',
    });
    for (const extension of Object.keys(agents))
      expect(pops(extension).map((pop) => pop.callId)).not.toContain(call.id);
  });

  it('stores a caller who gave up while a phone without a user rang, popping no one', async () => {
    pbx.broadcast(recordedCall('queue_abandon', { '5552000': '0671234567' }));
    const callId = callIdOf('main', '1795423661.66');
    const call = await eventually(async () => {
      const found = (await t.http().get(`/api/calls/${callId}`).set(admin).expect(200)).body as CallRecord;
      expect(found.disposition).toBe('abandoned');
      return found;
    });
    expect(call).toMatchObject({ client: { id: clientId }, agent: null, queue: 'support' });
    for (const extension of Object.keys(agents)) expect(popsOf(extension, callId)).toEqual([]);
  });

  it('rings every agent of a ring-all queue and retracts the pop from those who did not answer', async () => {
    const linkedid = '1795700000.1';
    const leg = { Linkedid: linkedid, Channel: 'PJSIP/trunk-000000a1', Uniqueid: linkedid };
    pbx.broadcast([
      amiFrame({
        Event: 'Newchannel',
        ...leg,
        CallerIDNum: '0671234567',
        Context: 'crm-inbound',
        Exten: '380443334455',
      }),
      amiFrame({
        Event: 'QueueCallerJoin',
        ...leg,
        Queue: 'support',
        Position: 1,
        CallerIDNum: '0671234567',
      }),
      amiFrame({
        Event: 'AgentCalled',
        ...leg,
        Queue: 'support',
        Interface: 'PJSIP/1001',
        DestChannel: 'PJSIP/1001-a',
      }),
      amiFrame({
        Event: 'AgentCalled',
        ...leg,
        Queue: 'support',
        Interface: 'PJSIP/1002',
        DestChannel: 'PJSIP/1002-b',
      }),
    ]);
    const callId = callIdOf('main', linkedid);
    await eventually(() => {
      expect(popsOf('1001', callId)).toHaveLength(1);
      expect(popsOf('1002', callId)).toMatchObject([{ queue: 'support', client: { id: clientId } }]);
    });
    pbx.broadcast([
      amiFrame({ Event: 'AgentConnect', ...leg, Queue: 'support', Interface: 'PJSIP/1002', HoldTime: 4 }),
      amiFrame({ Event: 'Hangup', ...leg, Cause: 16 }),
    ]);
    await eventually(() => {
      expect(agents['1001'].socket.of('call.ringStopped')).toContainEqual({
        callId,
        reason: 'answered-elsewhere',
      });
      expect(agents['1002'].socket.of('call.answered').map((answered) => answered.callId)).toContain(callId);
      expect(agents['1002'].socket.of('call.ended').map((ended) => ended.callId)).toContain(callId);
    });
    const call = await eventually(callOf(popsOf('1002', callId)[0]));
    expect(call).toMatchObject({ agentExtension: '1002', disposition: 'answered' });
    expect(call.timeline.filter((entry) => entry.step === 'ring-stopped')).toMatchObject([
      { extension: '1001', detail: 'answered-elsewhere' },
    ]);
  });

  it('records hold and a blind transfer; the target agent gets the pop and the call', async () => {
    const linkedid = '1795700000.5';
    const callId = callIdOf('main', linkedid);
    const call = syntheticCall({ linkedid, callerNumber: '0671234567', agent: '1001' });
    const trunk = { Channel: 'PJSIP/trunk-000000c1', Uniqueid: linkedid, Linkedid: linkedid };
    const phone = { Channel: 'PJSIP/1001-000000c2', Uniqueid: `${linkedid}1`, Linkedid: linkedid };
    pbx.broadcast([
      ...call.ring,
      ...call.answer,
      amiFrame({ Event: 'Hold', ...phone }),
      amiFrame({ Event: 'Unhold', ...phone }),
      amiFrame({
        Event: 'BlindTransfer',
        TransfererChannel: phone.Channel,
        TransfererLinkedid: linkedid,
        Extension: '1002',
      }),
      amiFrame({ Event: 'DialBegin', ...trunk, DestChannel: 'PJSIP/1002-000000c3' }),
    ]);
    await eventually(() => expect(popsOf('1002', callId)).toHaveLength(1));
    pbx.broadcast([
      amiFrame({ Event: 'DialEnd', ...trunk, DestChannel: 'PJSIP/1002-000000c3', DialStatus: 'ANSWER' }),
      amiFrame({ Event: 'Hangup', ...phone, Cause: 16 }),
      amiFrame({ Event: 'Hangup', ...trunk, Cause: 16 }),
    ]);
    const stored = await eventually(callOf(popsOf('1002', callId)[0]));
    expect(stored).toMatchObject({
      agentExtension: '1002',
      agent: { id: agents['1002'].header.id },
      holdSeconds: 0,
    });
    expect(stored.timeline.map((entry) => entry.step)).toEqual([
      'started',
      'ringing',
      'answered',
      'held',
      'unheld',
      'transferred',
      'ringing',
      'answered',
      'ended',
    ]);
    expect(popsOf('1001', callId)).toHaveLength(1);
  });

  it('pops an unknown number with no client, so the console can offer a new-client form', async () => {
    const call = syntheticCall({ linkedid: '1795700000.2', callerNumber: '0931112233', agent: '1003' });
    pbx.broadcast(call.ring);
    const pop = await eventually(() => {
      const found = pops('1003').find((candidate) => candidate.callerNumber === '+380931112233');
      expect(found).toBeDefined();
      return found as ScreenPop;
    });
    expect(pop).toMatchObject({ client: null, openOrders: [], lastInteractions: [], openTasks: [] });
    pbx.broadcast([...call.answer, ...call.hangup]);
    await eventually(callOf(pop));
  });

  it('recovers after the AMI link drops mid-call and ends the call that hung up meanwhile', async () => {
    const call = syntheticCall({ linkedid: '1795700000.3', callerNumber: '0671234567', agent: '1002' });
    const callId = callIdOf('main', '1795700000.3');
    pbx.broadcast([...call.ring, ...call.answer]);
    const pop = await eventually(() => {
      expect(agents['1002'].socket.of('call.answered').map((answered) => answered.callId)).toContain(callId);
      return popsOf('1002', callId)[0];
    });
    pbx.setList('CoreShowChannels', []);
    pbx.dropConnections();
    const stored = await eventually(callOf(pop), 10_000);
    expect(stored).toMatchObject({ disposition: 'answered', agentExtension: '1002' });
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
    expect(popsOf('1002', callId)).toHaveLength(1);
    expect(agents['1002'].socket.of('call.ended').filter((ended) => ended.callId === callId)).toHaveLength(1);
  });

  it('skips malformed frames and goes on reading the stream', async () => {
    const call = syntheticCall({ linkedid: '1795700000.4', callerNumber: '0671234567', agent: '1003' });
    pbx.broadcast(['Event DialBegin without a colon\r\n\r\n', ...call.ring, ...call.answer, ...call.hangup]);
    await eventually(() =>
      expect(popsOf('1003', callIdOf('main', '1795700000.4'))).toMatchObject([{ client: { id: clientId } }]),
    );
  });
});
