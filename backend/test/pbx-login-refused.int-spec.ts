import { ScriptedAmiServer } from '@switchboard/telephony/test-pbx';
import { eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { startTestApp, TestApp } from './helpers/test-app';

describe('an AMI login the PBX refuses for a while (a manager reload)', () => {
  let pbx: ScriptedAmiServer;
  let t: TestApp;
  let admin: AuthHeader;
  const logins = () => pbx.actions.filter((action) => action['action'] === 'Login').length;

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    pbx.refuseNextLogins(Number.MAX_SAFE_INTEGER);
    t = await startTestApp(scripted.env);
    admin = await adminHeader(t);
  });
  afterAll(async () => {
    await t.close();
    await pbx.close();
  });

  it('is retried while refused, the health report answering 503 with its body meanwhile', async () => {
    await eventually(async () => expect(logins()).toBeGreaterThanOrEqual(2), 5_000);
    const degraded = await t.http().get('/api/health').set(admin).expect(503);
    expect(degraded.body).toMatchObject({ status: 'degraded', database: 'up', redis: 'up' });
    expect(degraded.body.pbx).not.toBe('connected');
    await t.http().get('/api/health/ready').expect(503);
  });

  it('comes up once the PBX accepts again, and the health report answers 200', async () => {
    pbx.refuseNextLogins(0);
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    }, 15_000);
    expect((await t.http().get('/api/health').set(admin).expect(200)).body.status).toBe('ok');
    await t.http().get('/api/health/ready').expect(200);
  }, 20_000);
});
