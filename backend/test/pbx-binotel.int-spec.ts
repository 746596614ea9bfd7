import { readFileSync } from 'node:fs';
import { CallRecord, HistoryEntry, Page, Task } from '@switchboard/contracts';
import { pbxFixturePath } from '@switchboard/telephony/test-pbx';
import { AgentClient, connectAgent, eventually, wallboardDeltas } from './helpers/agent-client';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { TestApp, startTestApp } from './helpers/test-app';

const SECRET = 'binotel-hook-secret';
/** One form-urlencoded webhook body per line, as Binotel posts them. */
const webhooks = (name: string) =>
  readFileSync(pbxFixturePath('binotel', `${name}.txt`), 'utf8')
    .trim()
    .split('\n');

describe('telephony over Binotel webhooks', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let agent: AgentClient;
  let clientId: string;

  const post = (body: string, secret = SECRET) =>
    t.http().post('/api/pbx/binotel').set('x-webhook-secret', secret).type('form').send(body);
  const calls = async () =>
    ((await t.http().get('/api/calls?scope=all').set(admin).expect(200)).body as Page<CallRecord>).items;

  beforeAll(async () => {
    t = await startTestApp({
      PBX_MODE: 'binotel',
      BINOTEL_WEBHOOK_SECRET: SECRET,
      PUBLIC_URL: 'https://crm.example.com/',
    });
    admin = await adminHeader(t);
    const login = { login: 'binotel902', password: 'binotel902-password' };
    await t
      .http()
      .post('/api/users')
      .set(admin)
      .send({ ...login, displayName: 'Agent 902', role: 'operator', extension: '902' })
      .expect(201);
    agent = await connectAgent(t.url, {
      authorization: `Bearer ${(await t.login(login.login, login.password)).accessToken}`,
    });
    const client = await t
      .http()
      .post('/api/clients')
      .set(admin)
      .send({ kind: 'person', firstName: 'Taras', lastName: 'Melnyk', phones: [{ number: '067 123 45 67' }] })
      .expect(201);
    clientId = client.body.id as string;
  });
  afterAll(async () => {
    agent.close();
    await t.close();
  });

  it('answers apiCallSettings with the caller card and a link to it', async () => {
    const [settings] = webhooks('answered_inbound');
    const response = await post(settings).expect(200);
    expect(response.body).toEqual({
      customerData: { name: 'Melnyk Taras', linkToCrmUrl: `https://crm.example.com/clients/${clientId}` },
    });
  });

  it('stores one call however often each webhook arrives, and pops the ringing agent once', async () => {
    const wallboard = await connectAgent(t.url, admin);
    await wallboard.ask('wallboard.opened');
    for (const body of webhooks('answered_inbound').slice(1)) {
      await post(body).expect(200);
      await post(body).expect(200);
    }
    const [call] = await eventually(async () => {
      const stored = await calls();
      expect(stored).toHaveLength(1);
      expect(stored[0].disposition).toBe('answered');
      return stored;
    });
    expect(call).toMatchObject({
      direction: 'inbound',
      callerNumber: '+380671234567',
      client: { id: clientId },
      agentExtension: '902',
      talkSeconds: 35,
    });
    expect(agent.of('call.ringing')).toMatchObject([{ callId: call.id, client: { id: clientId } }]);
    expect(agent.of('call.ended').map((ended) => ended.callId)).toEqual([call.id]);
    // Binotel feeds the supervisor's agent board as Asterisk does (the webhooks come back to back, so the
    // board may only get the agent's latest row: the call counted).
    await eventually(() =>
      expect(wallboardDeltas(wallboard).agents.at(-1)).toMatchObject({
        extension: '902',
        call: null,
        today: { handled: 1, averageHandleTime: 35 },
      }),
    );
    wallboard.close();
    await eventually(async () => {
      const history = await t.http().get(`/api/clients/${clientId}/history?kind=call`).set(admin).expect(200);
      expect((history.body as Page<HistoryEntry>).items[0]?.data).toMatchObject({
        callId: call.id,
        direction: 'inbound',
        disposition: 'answered',
        talkSeconds: 35,
        recording: expect.stringContaining('4683310794.mp3'),
      });
    });
  });

  it('turns a missed call into a call-back task for the client', async () => {
    for (const body of webhooks('missed_inbound')) await post(body).expect(200);
    const missed = await eventually(async () => {
      const found = (await calls()).find((call) => call.callerNumber === '+380509876543');
      expect(found?.disposition).toBe('abandoned');
      return found as CallRecord;
    });
    const tasks = (await t.http().get('/api/tasks?scope=all').set(admin).expect(200)).body as Page<Task>;
    expect(tasks.items).toContainEqual(expect.objectContaining({ kind: 'call-back', callId: missed.id }));
  });

  it('refuses a wrong secret and names the bad field of a malformed webhook, storing nothing', async () => {
    const before = (await calls()).length;
    const refused = await post(webhooks('answered_inbound')[1], 'wrong').expect(403);
    expect(refused.body.code).toBe('WEBHOOK_REFUSED');
    const bad = await post('requestType=receivedTheCall&callType=0').expect(400);
    expect(bad.body.details).toMatchObject([
      { field: expect.stringMatching(/generalCallID/), reason: expect.any(String) },
    ]);
    await post('requestType=somethingElse').expect(400);
    expect((await calls()).length).toBe(before);
  });

  it('takes the secret from its header only, never from the query string however it is spelled', async () => {
    const before = (await calls()).length;
    const body = webhooks('answered_inbound')[1];
    for (const query of [`secret=${SECRET}`, `secre%74=${SECRET}`, `SECRET=${SECRET}`]) {
      const refused = await t.http().post(`/api/pbx/binotel?${query}`).type('form').send(body).expect(403);
      expect(refused.body.code).toBe('WEBHOOK_REFUSED');
    }
    expect((await calls()).length).toBe(before);
  });

  it('refuses a NUL character in a form field with 400 naming the field, storing nothing', async () => {
    const before = (await calls()).length;
    const body = webhooks('answered_inbound')[1].replace('generalCallID=', 'generalCallID=%00');
    const refused = await post(body).expect(400);
    expect(refused.body.details).toMatchObject([
      { field: 'generalCallID', reason: expect.stringMatching(/NUL/) },
    ]);
    expect((await calls()).length).toBe(before);
  });

  it('refuses a flood of repeated keys at once, naming the body, and keeps answering', async () => {
    const flood = await post(Array.from({ length: 32_000 }, () => 'a[]=').join('&')).expect(400);
    expect(flood.body.details).toMatchObject([{ field: '(body)', reason: expect.stringMatching(/fields/) }]);
    await post(webhooks('answered_inbound')[0]).expect(200);
  });
});
