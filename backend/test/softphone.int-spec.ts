import { createHmac } from 'node:crypto';
import { SoftphoneSettingsAnswer } from '@switchboard/contracts';
import { adminHeader, AuthHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

const SIP = {
  SIP_WS_URL: 'wss://pbx.example.test:8089/ws',
  SIP_DOMAIN: 'pbx.example.test',
  SIP_ICE_SERVERS: 'stun:stun.example.test:3478,turn:turn.example.test:3478',
  SIP_PASSWORD_SECRET: 'softphone-test-secret',
};
const expectedPassword = (extension: string) =>
  createHmac('sha256', SIP.SIP_PASSWORD_SECRET).update(extension).digest('base64url').slice(0, 24);

async function createUser(
  t: TestApp,
  body: { login: string; role: string; extension?: string; displayName?: string },
): Promise<AuthHeader> {
  const password = `${body.login}-password`;
  await t
    .http()
    .post('/api/users')
    .set(await adminHeader(t))
    .send({ displayName: `${body.login} name`, ...body, password })
    .expect(201);
  return { authorization: `Bearer ${(await t.login(body.login, password)).accessToken}` };
}

describe('softphone', () => {
  let t: TestApp;
  let operator: AuthHeader;

  beforeAll(async () => {
    t = await startTestApp(SIP);
    operator = await createUser(t, {
      login: 'olena',
      role: 'operator',
      extension: '1001',
      displayName: 'Olena "O" K.',
    });
  });
  afterAll(() => t.close());

  it('answers 401 without a token', async () => {
    const settings = await t.http().get('/api/softphone/settings');
    expect(settings.status).toBe(401);
    expect(settings.body.code).toBe('UNAUTHENTICATED');
    expect((await t.http().get('/api/softphone/pjsip-agents')).status).toBe(401);
  });

  it("gives an operator their extension's SIP identity with the derived password", async () => {
    const response = await t.http().get('/api/softphone/settings').set(operator).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body as SoftphoneSettingsAnswer).toEqual({
      configured: true,
      webSocketUrl: SIP.SIP_WS_URL,
      sipUri: 'sip:1001@pbx.example.test',
      authorizationUser: '1001',
      password: expectedPassword('1001'),
      displayName: 'Olena "O" K.',
      iceServers: [{ urls: ['stun:stun.example.test:3478', 'turn:turn.example.test:3478'] }],
    });
  });

  it('answers 409 NO_EXTENSION to a user without an extension', async () => {
    const withoutExtension = await createUser(t, { login: 'petro', role: 'operator' });
    const response = await t.http().get('/api/softphone/settings').set(withoutExtension);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('NO_EXTENSION');
  });

  it('keeps the PJSIP file from operators', async () => {
    const response = await t.http().get('/api/softphone/pjsip-agents').set(operator);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it('gives admins the PJSIP sections of every active user with an extension', async () => {
    await createUser(t, { login: 'ivan', role: 'supervisor', extension: '2002', displayName: 'Ivan S.' });
    const gone = await createUser(t, { login: 'gone', role: 'operator', extension: '3003' });
    const me = await t.http().get('/api/auth/me').set(gone).expect(200);
    const asAdmin = await adminHeader(t);
    await t.http().patch(`/api/users/${me.body.id}`).set(asAdmin).send({ active: false }).expect(200);

    const response = await t.http().get('/api/softphone/pjsip-agents').set(asAdmin).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.text;
    expect(text).toContain(
      [
        '[1001](webrtc-agent)',
        'auth = 1001',
        'aors = 1001',
        'callerid = "Olena  O  K." <1001>',
        '',
        '[1001](agent-auth)',
        'username = 1001',
        `password = ${expectedPassword('1001')}`,
        '',
        '[1001](agent-aor)',
      ].join('\n'),
    );
    expect(text).toContain(`[2002](agent-auth)\nusername = 2002\npassword = ${expectedPassword('2002')}`);
    expect(text.indexOf('[1001](webrtc-agent)')).toBeLessThan(text.indexOf('[2002](webrtc-agent)'));
    expect(text).not.toContain('3003');
    expect(text).not.toContain('petro');
  });
});

describe('softphone without SIP configuration', () => {
  const cases: [string, NodeJS.ProcessEnv, string[]][] = [
    ['nothing is set', { PBX_MODE: 'simulator' }, ['SIP_WS_URL', 'SIP_DOMAIN', 'SIP_PASSWORD_SECRET']],
    [
      'the password secret is missing',
      { SIP_WS_URL: SIP.SIP_WS_URL, SIP_DOMAIN: SIP.SIP_DOMAIN },
      ['SIP_PASSWORD_SECRET'],
    ],
    [
      'the domain is missing',
      { SIP_WS_URL: SIP.SIP_WS_URL, SIP_PASSWORD_SECRET: SIP.SIP_PASSWORD_SECRET },
      ['SIP_DOMAIN'],
    ],
  ];

  it.each(cases)('answers 200 "not configured" naming what to set when %s', async (_name, env, missing) => {
    const t = await startTestApp(env);
    try {
      const operator = await createUser(t, { login: 'olena', role: 'operator', extension: '1001' });
      const settings = await t.http().get('/api/softphone/settings').set(operator).expect(200);
      const simulatedPbx = env.PBX_MODE === 'simulator';
      expect(settings.body as SoftphoneSettingsAnswer).toEqual({ configured: false, missing, simulatedPbx });
      const withoutExtension = await createUser(t, { login: 'petro', role: 'operator' });
      await t
        .http()
        .get('/api/softphone/settings')
        .set(withoutExtension)
        .expect(200, { configured: false, missing, simulatedPbx });
      const agents = await t
        .http()
        .get('/api/softphone/pjsip-agents')
        .set(await adminHeader(t));
      expect(agents.status).toBe(409);
      expect(agents.body.code).toBe('SOFTPHONE_NOT_CONFIGURED');
    } finally {
      await t.close();
    }
  });
});
