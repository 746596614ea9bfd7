import { ScriptedAmiServer } from '@switchboard/telephony';
import { eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { startTestApp, TestApp } from './helpers/test-app';

describe('an AMI login the PBX refuses for a while (a manager reload)', () => {
  let pbx: ScriptedAmiServer;
  let t: TestApp;
  let admin: AuthHeader;

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    pbx.refuseNextLogins(3);
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
  });
  afterAll(async () => {
    await t.close();
    await pbx.close();
  });

  it('is retried with backoff until the PBX accepts, and the link comes up', async () => {
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    }, 15_000);
    expect(pbx.actions.filter((action) => action['action'] === 'Login')).toHaveLength(4);
    await t.http().get('/api/health/ready').expect(200);
  }, 20_000);
});
