import { ScriptedAmiServer, confirmQueueActions } from '@switchboard/telephony/test-pbx';
import { eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

type User = AuthHeader & { id: string };

const header = (user: AuthHeader): AuthHeader => ({ authorization: user.authorization });

/** A supervisor's force pause and queue log-out act on the PBX, for agents of their teams only. */
describe('supervisors acting on agents', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let agent: User;
  let outsider: User;
  let supervisor: User;
  let operator: User;

  const withExtension = async (role: 'operator' | 'supervisor', extension: string | null) => {
    const user = await userHeader(t, role);
    if (extension) await t.http().patch(`/api/users/${user.id}`).set(admin).send({ extension }).expect(200);
    return user;
  };

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    confirmQueueActions(pbx);
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
    agent = await withExtension('operator', '2002');
    outsider = await withExtension('operator', '1001');
    supervisor = await withExtension('supervisor', null);
    operator = await withExtension('operator', null);
    await t
      .http()
      .post('/api/teams')
      .set(admin)
      .send({ name: 'Support', memberIds: [supervisor.id, agent.id], queues: ['support'] })
      .expect(201);
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    await t.close();
    await pbx.close();
  });

  it('lets a supervisor pause an agent of their team or take them out of a queue, and nobody else', async () => {
    const paused = pbx.nextAction('QueuePause');
    await t
      .http()
      .post(`/api/supervisor/agents/${agent.id}/pause`)
      .set(header(supervisor))
      .send({ paused: true, reason: 'training', queue: 'support' })
      .expect(202);
    expect(await paused).toMatchObject({
      interface: 'PJSIP/2002',
      paused: 'true',
      reason: 'training',
      queue: 'support',
    });
    const removed = pbx.nextAction('QueueRemove');
    await t
      .http()
      .delete(`/api/supervisor/agents/${agent.id}/queues/support`)
      .set(header(supervisor))
      .expect(202);
    expect(await removed).toMatchObject({ interface: 'PJSIP/2002', queue: 'support' });

    const notMine = await t
      .http()
      .post(`/api/supervisor/agents/${outsider.id}/pause`)
      .set(header(supervisor))
      .send({ paused: true, reason: 'lunch' })
      .expect(403);
    expect(notMine.body.code).toBe('FORBIDDEN');
    await t
      .http()
      .delete(`/api/supervisor/agents/${outsider.id}/queues/support`)
      .set(header(supervisor))
      .expect(403);
    await t
      .http()
      .post(`/api/supervisor/agents/${agent.id}/pause`)
      .set(header(operator))
      .send({ paused: false })
      .expect(403);
    const badReason = await t
      .http()
      .post(`/api/supervisor/agents/${agent.id}/pause`)
      .set(admin)
      .send({ paused: true, reason: 'nap' })
      .expect(400);
    expect(badReason.body.details).toEqual([
      expect.objectContaining({ field: 'reason', code: 'NOT_ALLOWED' }),
    ]);
    const badId = await t
      .http()
      .delete('/api/supervisor/agents/nobody/queues/support')
      .set(admin)
      .expect(400);
    expect(badId.body.details).toEqual([expect.objectContaining({ field: 'userId' })]);
  });
});
