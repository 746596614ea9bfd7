import { AgentPresence, CallRecord, ConsoleSettings, Page, Task } from '@switchboard/contracts';
import { amiFrame } from '@switchboard/telephony';
import { ScriptedAmiServer, syntheticCall } from '@switchboard/telephony/test-pbx';
import { callIdOf } from '../src/modules/calls/call-id';
import { AgentClient, connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

/** Click-to-call, agent presence and tasks through the HTTP API, with the scripted AMI PBX behind it. */
describe('click-to-call, presence and tasks', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let operator: AuthHeader & { id: string };
  let operatorSocket: AgentClient;
  let supervisorSocket: AgentClient;
  let clientId: string;

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    await t.http().patch(`/api/users/${operator.id}`).set(admin).send({ extension: '1001' }).expect(200);
    operatorSocket = await connectAgent(t.url, operator);
    supervisorSocket = await connectAgent(t.url, await userHeader(t, 'supervisor'));
    const client = await t
      .http()
      .post('/api/clients')
      .set(admin)
      .send({ kind: 'company', legalName: 'Kvitka LLC', phones: [{ number: '+380 44 333 22 11' }] })
      .expect(201);
    clientId = client.body.id as string;
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    operatorSocket.close();
    supervisorSocket.close();
    await t.close();
    await pbx.close();
  });

  it('rings the agent first with the chosen call id, stores the call and pops the client', async () => {
    const originate = pbx.nextAction('Originate');
    const response = await t
      .http()
      .post('/api/calls/originate')
      .set(operator)
      .send({ number: '044 333 22 11', clientId })
      .expect(201);
    const action = await originate;
    expect(action).toMatchObject({
      channel: 'PJSIP/1001',
      context: 'crm-click-to-call',
      exten: '380443332211',
      async: 'true',
    });
    const callId = response.body.callId as string;
    const pop = await eventually(() => {
      expect(operatorSocket.of('call.ringing')).toHaveLength(1);
      return operatorSocket.of('call.ringing')[0];
    });
    expect(pop).toMatchObject({
      callId,
      direction: 'outbound',
      callerNumber: '+380443332211',
      client: { id: clientId },
    });
    const call = (await t.http().get(`/api/calls/${callId}`).set(operator).expect(200)).body as CallRecord;
    expect(call).toMatchObject({
      direction: 'outbound',
      calleeNumber: '+380443332211',
      client: { id: clientId },
    });

    const linkedid = action['channelid'];
    const agentLeg = { Channel: 'PJSIP/1001-00000001', Uniqueid: linkedid, Linkedid: linkedid };
    const trunkLeg = { Channel: 'PJSIP/trunk-00000002', Uniqueid: `${linkedid}.2`, Linkedid: linkedid };
    pbx.broadcast([
      amiFrame({ Event: 'Newchannel', ...agentLeg, Context: 'crm-click-to-call', Exten: '380443332211' }),
      amiFrame({
        Event: 'DialBegin',
        DestChannel: agentLeg.Channel,
        DestLinkedid: linkedid,
        DestUniqueid: linkedid,
      }),
      amiFrame({
        Event: 'DialEnd',
        DestChannel: agentLeg.Channel,
        DestLinkedid: linkedid,
        DialStatus: 'ANSWER',
      }),
      amiFrame({ Event: 'Newchannel', ...trunkLeg }),
      amiFrame({ Event: 'DialBegin', ...agentLeg, DestChannel: trunkLeg.Channel, DestExten: '380443332211' }),
      amiFrame({ Event: 'DialEnd', ...agentLeg, DestChannel: trunkLeg.Channel, DialStatus: 'ANSWER' }),
      amiFrame({ Event: 'Hangup', ...trunkLeg, Cause: 16 }),
      amiFrame({ Event: 'Hangup', ...agentLeg, Cause: 16 }),
    ]);
    const ended = await eventually(async () => {
      const stored = (await t.http().get(`/api/calls/${callId}`).set(operator)).body as CallRecord;
      expect(stored.disposition).toBe('answered');
      return stored;
    });
    expect(ended).toMatchObject({
      agent: { id: operator.id },
      agentExtension: '1001',
      direction: 'outbound',
    });
    expect(operatorSocket.of('call.ringing')).toHaveLength(1);
    expect(operatorSocket.of('call.ended').map((payload) => payload.callId)).toEqual([callId]);
  });

  it('ends a click-to-call as failed when the PBX cannot ring the agent phone', async () => {
    const originate = pbx.nextAction('Originate');
    const { body } = await t
      .http()
      .post('/api/calls/originate')
      .set(operator)
      .send({ number: '0501112233' })
      .expect(201);
    const action = await originate;
    pbx.broadcast([
      amiFrame({
        Event: 'OriginateResponse',
        ActionID: action['actionid'],
        Response: 'Failure',
        Uniqueid: action['channelid'],
        Reason: 0,
      }),
    ]);
    const call = await eventually(async () => {
      const stored = (await t.http().get(`/api/calls/${body.callId}`).set(operator)).body as CallRecord;
      expect(stored.disposition).toBe('failed');
      return stored;
    });
    expect(call).toMatchObject({ direction: 'outbound', answeredAt: null, agentExtension: '1001' });
    expect(operatorSocket.of('call.ended').map((ended) => ended.callId)).toContain(body.callId);
  });

  it('refuses click-to-call without an extension, with a bad number or without a token', async () => {
    const noExtension = await userHeader(t, 'operator');
    const refused = await t
      .http()
      .post('/api/calls/originate')
      .set(noExtension)
      .send({ number: '0671234567' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('NO_EXTENSION');
    const bad = await t.http().post('/api/calls/originate').set(operator).send({ number: '12' }).expect(400);
    expect(bad.body.details).toMatchObject([
      { field: 'number', reason: expect.stringContaining('phone number') },
    ]);
    await t.http().post('/api/calls/originate').send({ number: '0671234567' }).expect(401);
  });

  it('lets an operator read only their own calls', async () => {
    await t.http().get('/api/calls?scope=all').set(operator).expect(403);
    const other = await userHeader(t, 'operator');
    const mine = (await t.http().get('/api/calls').set(operator).expect(200)).body as Page<CallRecord>;
    expect(mine.items.map((call) => call.disposition).sort()).toEqual(['answered', 'failed']);
    await t.http().get(`/api/calls/${mine.items[0].id}`).set(other).expect(404);
    await t.http().get('/api/calls?direction=sideways').set(operator).expect(400);
    const missed = (await t.http().get('/api/calls?missed=true').set(operator).expect(200))
      .body as Page<CallRecord>;
    expect(missed.total).toBe(0);
    await t.http().get('/api/calls?missed=maybe').set(operator).expect(400);
  });

  it('logs the agent into a queue and pauses them through the PBX; presence follows the PBX events', async () => {
    const add = pbx.nextAction('QueueAdd');
    await t.http().post('/api/agents/me/queues').set(operator).send({ queue: 'support' }).expect(202);
    expect(await add).toMatchObject({ queue: 'support', interface: 'PJSIP/1001' });
    pbx.broadcast([
      amiFrame({
        Event: 'QueueMemberAdded',
        Queue: 'support',
        Interface: 'PJSIP/1001',
        Status: 1,
        Paused: 0,
      }),
    ]);
    const pause = pbx.nextAction('QueuePause');
    await t
      .http()
      .post('/api/agents/me/pause')
      .set(operator)
      .send({ paused: true, reason: 'lunch' })
      .expect(202);
    expect(await pause).toMatchObject({ interface: 'PJSIP/1001', paused: 'true', reason: 'lunch' });
    pbx.broadcast([
      amiFrame({
        Event: 'QueueMemberPause',
        Queue: 'support',
        Interface: 'PJSIP/1001',
        Paused: 1,
        PausedReason: 'lunch',
        Status: 1,
      }),
    ]);
    const presence = await eventually(async () => {
      const mine = (await t.http().get('/api/agents/me').set(operator).expect(200)).body as AgentPresence;
      expect(mine.queues).toEqual([{ queue: 'support', paused: true, pauseReason: 'lunch' }]);
      return mine;
    });
    expect(presence).toMatchObject({ userId: operator.id, extension: '1001', device: 'not-in-use' });
    expect(supervisorSocket.of('agent.statusChanged').at(-1)).toMatchObject({ userId: operator.id });
    const supervisor = await userHeader(t, 'supervisor');
    const demoted = await connectAgent(t.url, supervisor);
    await t.http().patch(`/api/users/${supervisor.id}`).set(admin).send({ role: 'operator' }).expect(200);
    pbx.broadcast([amiFrame({ Event: 'DeviceStateChange', Device: 'PJSIP/1001', State: 'INUSE' })]);
    await eventually(() =>
      expect(supervisorSocket.of('agent.statusChanged').at(-1)).toMatchObject({ device: 'in-use' }),
    );
    expect(demoted.of('agent.statusChanged').filter((presence) => presence.device === 'in-use')).toEqual([]);
    demoted.close();
    const everyone = (await t.http().get('/api/agents').set(admin).expect(200)).body as AgentPresence[];
    expect(everyone.map((agent) => agent.userId)).toEqual([operator.id]);
    await t.http().get('/api/agents').set(operator).expect(403);
    const noReason = await t
      .http()
      .post('/api/agents/me/pause')
      .set(operator)
      .send({ paused: true, reason: 'nap' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details).toMatchObject([
      { field: 'reason', reason: expect.stringContaining('lunch') },
    ]);
    const remove = pbx.nextAction('QueueRemove');
    await t.http().delete('/api/agents/me/queues/support').set(operator).expect(202);
    expect(await remove).toMatchObject({ queue: 'support', interface: 'PJSIP/1001' });
    const bad = await t
      .http()
      .post('/api/agents/me/queues')
      .set(operator)
      .send({ queue: 'sup port;' })
      .expect(400);
    expect(bad.body.details[0].field).toBe('queue');
  });

  it('keeps tasks: create, list mine, complete, with validation', async () => {
    const created = await t
      .http()
      .post('/api/tasks')
      .set(operator)
      .send({ title: 'Send the contract', clientId, dueAt: '2026-12-02T09:00:00Z' })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'follow-up', assignee: { id: operator.id }, doneAt: null });
    const mine = (await t.http().get('/api/tasks').set(operator).expect(200)).body as Page<Task>;
    expect(mine.items.map((task) => task.title)).toEqual(['Send the contract']);
    const colleague = await userHeader(t, 'operator');
    await t.http().post(`/api/tasks/${created.body.id}/done`).set(colleague).expect(404);
    const done = await t.http().post(`/api/tasks/${created.body.id}/done`).set(operator).expect(200);
    expect(done.body.doneAt).not.toBeNull();
    expect(((await t.http().get('/api/tasks').set(operator)).body as Page<Task>).items).toEqual([]);
    const bad = await t
      .http()
      .post('/api/tasks')
      .set(operator)
      .send({ title: '', dueAt: 'tomorrow' })
      .expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'dueAt',
      'title',
    ]);
    await t.http().get('/api/tasks?scope=all').set(operator).expect(403);
    const colleagues = await t
      .http()
      .post('/api/tasks')
      .set(colleague)
      .send({ title: "A colleague's own reminder", clientId })
      .expect(201);
    const byClient = (await t.http().get(`/api/tasks?clientId=${clientId}&open=false`).set(operator)).body;
    expect((byClient as Page<Task>).items.map((task) => task.id)).toEqual([created.body.id]);
    const openByClient = (await t.http().get(`/api/tasks?clientId=${clientId}`).set(operator)).body;
    expect((openByClient as Page<Task>).items.map((task) => task.id)).not.toContain(colleagues.body.id);
    const nobody = '00000000-0000-4000-8000-000000000000';
    const missing = await t
      .http()
      .post('/api/tasks')
      .set(operator)
      .send({ title: 'Ghost', clientId: nobody, assigneeId: nobody })
      .expect(400);
    expect(missing.body.details[0]).toMatchObject({ reason: 'names nothing that exists' });
  });

  it('lets admins set pause reasons, disposition codes and the wrap-up limit, with field errors', async () => {
    const defaults = (await t.http().get('/api/console-settings').set(operator).expect(200))
      .body as ConsoleSettings;
    expect(defaults).toMatchObject({ pauseReasons: ['lunch', 'training', 'back office'], wrapUpSeconds: 60 });
    expect(defaults.dispositionCodes.map((entry) => entry.code)).toContain('sale');
    await t.http().put('/api/console-settings').set(operator).send({ wrapUpSeconds: 30 }).expect(403);
    const bad = await t
      .http()
      .put('/api/console-settings')
      .set(admin)
      .send({ dispositionCodes: [], wrapUpSeconds: 2, pauseReasons: ['a', 'a'] })
      .expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'dispositionCodes',
      'pauseReasons',
      'wrapUpSeconds',
    ]);
    const saved = await t
      .http()
      .put('/api/console-settings')
      .set(admin)
      .send({ wrapUpSeconds: 5 })
      .expect(200);
    expect(saved.body).toMatchObject({ wrapUpSeconds: 5, pauseReasons: defaults.pauseReasons });
  });

  it('puts the agent in wrap-up after an answered call, paused in the PBX until the wrap-up is saved', async () => {
    pbx.broadcast([
      amiFrame({
        Event: 'QueueMemberStatus',
        Queue: 'support',
        Interface: 'PJSIP/1001',
        Status: 1,
        Paused: 0,
      }),
    ]);
    // The click-to-call of the first test left the agent wrapping up; being ready ends that early.
    await t.http().post('/api/agents/me/ready').set(operator).expect(202);
    await eventually(async () => {
      const mine = (await t.http().get('/api/agents/me').set(operator)).body as AgentPresence;
      expect(mine).toMatchObject({ status: 'available', queues: [{ queue: 'support', paused: false }] });
    });
    const linkedid = '1795800000.1';
    const callId = callIdOf('main', linkedid);
    const call = syntheticCall({ linkedid, callerNumber: '+380443332211', agent: '1001' });
    const pause = pbx.nextAction('QueuePause');
    pbx.broadcast([...call.ring, ...call.answer, ...call.hangup]);
    expect(await pause).toMatchObject({ interface: 'PJSIP/1001', paused: 'true', reason: 'wrap-up' });
    const wrapping = await eventually(() => {
      const last = operatorSocket.of('agent.statusChanged').at(-1);
      expect(last).toMatchObject({ status: 'wrap-up', wrapUpCallId: callId });
      return last as AgentPresence;
    });
    expect(Date.parse(wrapping.wrapUpUntil ?? '')).toBeGreaterThan(Date.now());

    const unknownCode = await t
      .http()
      .post(`/api/calls/${callId}/wrap-up`)
      .set(operator)
      .send({ code: 'nope' })
      .expect(400);
    expect(unknownCode.body.details).toMatchObject([
      { field: 'code', reason: expect.stringContaining('disposition') },
    ]);
    const resume = pbx.nextAction('QueuePause');
    const wrapped = await t
      .http()
      .post(`/api/calls/${callId}/wrap-up`)
      .set(operator)
      .send({ code: 'sale', note: 'Wants the blue one', followUp: { title: 'Send the invoice' } })
      .expect(200);
    expect(wrapped.body.wrapUp).toMatchObject({
      code: 'sale',
      note: 'Wants the blue one',
      by: { id: operator.id },
    });
    expect(await resume).toMatchObject({ interface: 'PJSIP/1001', paused: 'false' });
    expect(operatorSocket.of('agent.statusChanged').at(-1)).toMatchObject({
      status: 'available',
      wrapUpCallId: null,
    });
    const task = (await t.http().get(`/api/tasks?clientId=${clientId}`).set(operator)).body as Page<Task>;
    expect(task.items).toContainEqual(
      expect.objectContaining({ title: 'Send the invoice', callId, kind: 'follow-up' }),
    );
    const notes = (await t.http().get(`/api/clients/${clientId}/history?kind=note`).set(operator)).body;
    expect(notes.items[0]).toMatchObject({ text: 'Wants the blue one', data: { callId } });
  }, 15_000);

  it('ends the wrap-up on its own when the time limit passes', async () => {
    const linkedid = '1795800000.2';
    const call = syntheticCall({ linkedid, callerNumber: '+380443332211', agent: '1001' });
    pbx.broadcast([...call.ring, ...call.answer, ...call.hangup]);
    await eventually(() =>
      expect(operatorSocket.of('agent.statusChanged').at(-1)).toMatchObject({ status: 'wrap-up' }),
    );
    await eventually(
      () => expect(operatorSocket.of('agent.statusChanged').at(-1)).toMatchObject({ status: 'available' }),
      8000,
    );
  }, 15_000);
});
