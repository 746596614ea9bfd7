import { readFileSync } from 'node:fs';
import { CallRecord, MonitorSession, Page, UserRole } from '@switchboard/contracts';
import {
  MonitorConfirmations,
  ScriptedAmiServer,
  confirmMonitorActions,
  pbxFixturePath,
} from '@switchboard/telephony/test-pbx';
import { AgentClient, connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { recordedCall, startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

type User = AuthHeader & { id: string; displayName: string };

/** The actions the recording's client sent (chanspy_listen_switch.sent), as the scripted PBX receives them. */
function recordedAction(action: string): Record<string, string> {
  const frames = readFileSync(pbxFixturePath('asterisk-ami', 'chanspy_listen_switch.sent'), 'utf8').split(
    '\r\n\r\n',
  );
  const parsed = frames.map((frame) =>
    Object.fromEntries(
      frame
        .split('\r\n')
        .filter((line) => line.includes(': ') && !line.startsWith('ActionID'))
        .map((line) => [line.slice(0, line.indexOf(': ')).toLowerCase(), line.slice(line.indexOf(': ') + 2)]),
    ),
  );
  return parsed.filter((fields) => fields['action'] === action).at(-1) ?? {};
}
const RECORDED_SESSION = 'monitor-3f0c1a52-8d4e-4b7a-9c61-2e5f7a9b0d14';

/**
 * Supervisors' listen / whisper / barge against the scripted AMI PBX, with the agent's queue call and the
 * spy channel's end replayed from the ChanSpy session recorded on Asterisk 22.10.1.
 */
describe('monitoring an agent’s live call', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let spies: MonitorConfirmations;
  let admin: AuthHeader;
  let agent: User;
  let idleAgent: User;
  let supervisor: User;
  let otherSupervisor: User;
  let operator: User;
  /** A supervisor of no team of the agent's. */
  let stranger: User;
  let agentSocket: AgentClient;
  let callId: string;
  const recorded = recordedCall('chanspy_listen_switch');
  const spyStart = recorded.findIndex((frame) => frame.includes(RECORDED_SESSION));

  async function user(role: UserRole, extension: string | null): Promise<User> {
    const login = `${role}${extension ?? 'x'}${Math.random().toString(36).slice(2, 6)}`;
    const password = `${login}-password`;
    const displayName = `${role} ${extension ?? 'without phone'}`;
    const created = await t
      .http()
      .post('/api/users')
      .set(admin)
      .send({ login, password, displayName, role, ...(extension ? { extension } : {}) })
      .expect(201);
    const { accessToken } = await t.login(login, password);
    return { authorization: `Bearer ${accessToken}`, id: created.body.id as string, displayName };
  }
  const start = (as: AuthHeader, body: object) => t.http().post('/api/monitoring').set(as).send(body);
  const audit = async () =>
    (await t.http().get('/api/monitoring').set(admin).expect(200)).body as Page<MonitorSession>;

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    spies = confirmMonitorActions(pbx);
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
    agent = await user('operator', '2002');
    idleAgent = await user('operator', '1001');
    supervisor = await user('supervisor', '2001');
    otherSupervisor = await user('supervisor', null);
    operator = await user('operator', '1003');
    stranger = await user('supervisor', '2003');
    await t
      .http()
      .post('/api/teams')
      .set(admin)
      .send({
        name: 'Floor',
        memberIds: [supervisor.id, otherSupervisor.id, agent.id, idleAgent.id],
        queues: [],
      })
      .expect(201);
    agentSocket = await connectAgent(t.url, agent);
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
    // The recorded queue call, up to the agent talking (before the supervisor's phone was originated).
    pbx.broadcast(recorded.slice(0, spyStart));
    const call = await eventually(async () => {
      const calls = (await t.http().get('/api/calls?scope=all').set(admin).expect(200))
        .body as Page<CallRecord>;
      expect(calls.items[0]).toMatchObject({ agent: { id: agent.id }, disposition: null });
      expect(calls.items[0].answeredAt).not.toBeNull();
      return calls.items[0];
    });
    callId = call.id;
  });
  afterAll(async () => {
    agentSocket.close();
    await t.close();
    await pbx.close();
  });

  it('refuses operators, bad modes, supervisors without a phone and agents without a call', async () => {
    await start(operator, { agentId: agent.id, mode: 'listen' }).expect(403);
    expect((await start(stranger, { agentId: agent.id, mode: 'listen' }).expect(403)).body.code).toBe(
      'FORBIDDEN',
    );
    await t.http().get('/api/monitoring').set(supervisor).expect(403);
    const bad = await start(supervisor, { agentId: agent.id, mode: 'shout' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'mode', code: 'NOT_ALLOWED' })]);
    const noPhone = await start(otherSupervisor, { agentId: agent.id, mode: 'listen' }).expect(409);
    expect(noPhone.body.code).toBe('NO_EXTENSION');
    const idle = await start(supervisor, { agentId: idleAgent.id, mode: 'listen' }).expect(409);
    expect(idle.body).toMatchObject({ code: 'AGENT_NOT_ON_CALL', details: { agentId: idleAgent.id } });
    expect(pbx.actions.filter((action) => action['action'] === 'Originate')).toEqual([]);
    expect((await audit()).total).toBe(0);
  });

  it('listen → whisper → stop: the recorded Originate, then PlayDTMF, then Hangup, all in the audit', async () => {
    const originate = pbx.nextAction('Originate');
    const started = (await start(supervisor, { agentId: agent.id, mode: 'listen' }).expect(201))
      .body as MonitorSession;
    expect(started).toMatchObject({
      supervisor: { id: supervisor.id, displayName: supervisor.displayName },
      agent: { id: agent.id, displayName: agent.displayName },
      callId,
      mode: 'listen',
      modeChanges: [{ mode: 'listen', at: started.startedAt }],
      endedAt: null,
    });
    const { actionid: _id, ...sent } = await originate;
    expect(sent).toEqual({ ...recordedAction('Originate'), channelid: `monitor-${started.id}` });
    expect(sent).toMatchObject({ channel: 'PJSIP/2001', context: 'crm-monitor', exten: '2002' });

    const playDtmf = pbx.nextAction('PlayDTMF');
    const whisper = await t
      .http()
      .patch(`/api/monitoring/${started.id}`)
      .set(supervisor)
      .send({ mode: 'whisper' })
      .expect(200);
    expect(whisper.body.modeChanges.map((change: { mode: string }) => change.mode)).toEqual([
      'listen',
      'whisper',
    ]);
    expect(await playDtmf).toMatchObject({ channel: 'PJSIP/2001-00000001', digit: '5', receive: 'true' });
    const badMode = await t
      .http()
      .patch(`/api/monitoring/${started.id}`)
      .set(supervisor)
      .send({ mode: 'loud' });
    expect(badMode.status).toBe(400);
    expect(badMode.body.details[0]).toMatchObject({ field: 'mode', code: 'NOT_ALLOWED' });
    await t.http().delete(`/api/monitoring/${started.id}`).set(otherSupervisor).expect(403);

    const hangup = pbx.nextAction('Hangup');
    const stopped = await t.http().delete(`/api/monitoring/${started.id}`).set(supervisor).expect(200);
    expect(await hangup).toMatchObject({ channel: 'PJSIP/2001-00000001' });
    expect(stopped.body.endedAt).not.toBeNull();
    await t.http().patch(`/api/monitoring/${started.id}`).set(supervisor).send({ mode: 'barge' }).expect(409);
    expect(spies.live).toBe(0);

    const [row] = (await audit()).items;
    expect(row).toEqual(stopped.body);
    expect(row.modeChanges).toEqual([
      { mode: 'listen', at: started.startedAt },
      { mode: 'whisper', at: expect.any(String) },
    ]);
    expect(Date.parse(row.endedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(row.modeChanges[1].at));
    expect(agentSocket.of('monitor.started')).toEqual([]);
    // The supervisor's phone rang for the spy channel, which is no call of theirs.
    const calls = (await t.http().get('/api/calls?scope=all').set(admin).expect(200))
      .body as Page<CallRecord>;
    expect(calls.items.map((call) => call.id)).toEqual([callId]);
  });

  it('tells the agent when the setting says so; the recorded spy Hangup (ChanSpy E) closes the session', async () => {
    await t.http().put('/api/console-settings').set(admin).send({ tellAgentWhenMonitored: true }).expect(200);
    const session = (await start(supervisor, { agentId: agent.id, mode: 'barge' }).expect(201))
      .body as MonitorSession;
    expect(pbx.actions.at(-1)).toMatchObject({
      action: 'Originate',
      callerid: '"Barge 2002" <2002>',
      variable: 'SB_MONITOR_MODE=barge',
    });
    const told = {
      sessionId: session.id,
      supervisor: { id: supervisor.id, displayName: supervisor.displayName },
    };
    await eventually(() => expect(agentSocket.of('monitor.started')).toEqual([{ ...told, mode: 'barge' }]));

    // The rest of the recording, as if this session's spy channel were the one recorded: the call ends, then it.
    pbx.broadcast(
      recorded.slice(spyStart).map((frame) => frame.split(RECORDED_SESSION).join(`monitor-${session.id}`)),
    );
    const ended = await eventually(async () => {
      const [row] = (await audit()).items;
      expect(row).toMatchObject({ id: session.id, mode: 'barge' });
      expect(row.endedAt).not.toBeNull();
      return row;
    });
    expect(ended.callId).toBe(callId);
    await eventually(() => expect(agentSocket.of('monitor.ended')).toEqual([{ ...told, mode: 'barge' }]));
    expect(pbx.actions.filter((action) => action['action'] === 'Hangup')).toHaveLength(1);
    // The call has ended: nothing to listen to any more.
    const late = await start(supervisor, { agentId: agent.id, mode: 'listen' }).expect(409);
    expect(late.body.code).toBe('AGENT_NOT_ON_CALL');
    expect((await audit()).items.map((row) => row.id)).toEqual([session.id, expect.any(String)]);
  });
});
