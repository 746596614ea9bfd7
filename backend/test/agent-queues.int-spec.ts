import { PbxQueues } from '@switchboard/contracts';
import { ScriptedAmiServer } from '@switchboard/telephony/test-pbx';
import { eventually } from './helpers/agent-client';
import { adminHeader, userHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

/** The queue picker's list comes from the PBX's QueueSummary. */
describe('the queues an agent can join', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    t = await startTestApp(scripted.env);
    const admin = await adminHeader(t);
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    await t.close();
    await pbx.close();
  });

  it('lists the PBX queues by name to a signed-in operator, and to nobody else', async () => {
    pbx.setList('QueueSummary', [
      { Event: 'QueueSummary', Queue: 'support', LoggedIn: 0, Available: 0, Callers: 0 },
      { Event: 'QueueSummary', Queue: 'sales', LoggedIn: 1, Available: 1, Callers: 2 },
    ]);
    const operator = await userHeader(t, 'operator');
    const listed = await t.http().get('/api/agents/queues').set(operator).expect(200);
    expect(listed.body as PbxQueues).toEqual({ queues: ['sales', 'support'] });
    await t.http().get('/api/agents/queues').expect(401);
  });
});
