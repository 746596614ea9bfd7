import { ScriptedAmiServer } from '@switchboard/telephony/test-pbx';
import request from 'supertest';
import { MetricsServer } from '../src/core/metrics/metrics.server';
import { QUEUES } from '../src/core/queues/queues';
import { connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { runJob } from './helpers/run-job';
import { recordedCall, startScriptedPbx } from './helpers/scripted-pbx';
import { freePort } from './helpers/free-port';
import { TestApp, startTestApp } from './helpers/test-app';

const BOARD = '/api/admin/queue-board';

/** One sample's value from Prometheus' text format, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics and the queue board', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let operator: AuthHeader;
  let metricsUrl: string;
  let workerMetricsUrl: string;
  const scrape = async (url = metricsUrl) => (await request(url).get('/metrics').expect(200)).text;

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    const workerPort = await freePort();
    workerMetricsUrl = `http://127.0.0.1:${workerPort}`;
    t = await startTestApp(
      { ...scripted.env, METRICS_PORT: '0', WORKER_METRICS_PORT: String(workerPort) },
      { worker: true },
    );
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    const address = t.app.get(MetricsServer).address();
    metricsUrl = `http://${address?.address}:${address?.port}`;
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    await t.close();
    await pbx.close();
  });

  it('times a screen-pop from the scripted PBX by stage, with the AMI, HTTP and Node metrics beside it', async () => {
    const agent = await t
      .http()
      .post('/api/users')
      .set(admin)
      .send({
        login: 'agent2002',
        password: 'agent2002-password',
        displayName: 'Agent',
        role: 'operator',
        extension: '2002',
      })
      .expect(201);
    const { accessToken } = await t.login('agent2002', 'agent2002-password');
    const socket = await connectAgent(t.url, { authorization: `Bearer ${accessToken}` });
    try {
      pbx.broadcast(recordedCall('queue_answered_sip'));
      await eventually(() => expect(socket.of('call.ringing')).toHaveLength(1));
    } finally {
      socket.close();
    }
    expect(agent.body).toMatchObject({ extension: '2002' });

    const text = await scrape();
    for (const stage of ['call_tracker', 'pop_built', 'socket_emitted'])
      expect(sample(text, `switchboard_screen_pop_stage_seconds_count{stage="${stage}"}`)).toBe(1);
    expect(sample(text, 'switchboard_screen_pop_seconds_count')).toBe(1);
    expect(sample(text, 'switchboard_ami_events_total')).toBeGreaterThan(5);
    expect(sample(text, 'switchboard_pbx_link_state{state="connected"}')).toBe(1);
    expect(
      sample(
        text,
        'switchboard_http_request_duration_seconds_count{method="POST",route="/api/users",status="201"}',
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
    expect(sample(text, `switchboard_queue_jobs{queue="${QUEUES.clientImport}",state="waiting"}`)).toBe(0);
  });

  it('records in the worker process how late it started a job', async () => {
    await runJob(t.app, QUEUES.bonusExpiry, 'expire');
    const text = await scrape(workerMetricsUrl);
    expect(sample(text, `switchboard_job_lateness_seconds_count{queue="${QUEUES.bonusExpiry}"}`)).toBe(1);
    expect(text).not.toContain('switchboard_http_request_duration_seconds');
  });

  it('serves metrics on loopback only and never through the API', async () => {
    expect(t.app.get(MetricsServer).address()?.address).toBe('127.0.0.1');
    for (const header of [operator, admin]) {
      const response = await t.http().get('/api/metrics').set(header);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('switchboard_');
    }
  });

  it('lets only an admin open the board, through a short-lived cookie for its path alone', async () => {
    await t.http().get(`${BOARD}/`).expect(401);
    await t.http().post('/api/admin/queue-board-sessions').expect(401);
    await t.http().post('/api/admin/queue-board-sessions').set(operator).expect(403);
    await t.http().get(`${BOARD}/`).set('Cookie', 'sb_queue_board=forged.value').expect(401);

    const granted = await t.http().post('/api/admin/queue-board-sessions').set(admin).expect(204);
    const [cookie] = ([] as string[]).concat(granted.headers['set-cookie'] ?? []);
    expect(cookie).toMatch(/^sb_queue_board=[^;]+; Max-Age=600; Path=\/api\/admin\/queue-board; Expires=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const value = cookie.split(';')[0];

    const page = await t.http().get(`${BOARD}/`).set('Cookie', value).expect(200);
    expect(page.text).toContain('<html');
    const queues = await t.http().get(`${BOARD}/api/queues`).set('Cookie', value).expect(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(
      Object.values(QUEUES).sort(),
    );
    await t.http().get(`${BOARD}/api/queues`).expect(401);
  });

  it('closes the board to an admin demoted since the cookie was given', async () => {
    const other = await userHeader(t, 'admin');
    const granted = await t.http().post('/api/admin/queue-board-sessions').set(other).expect(204);
    const [cookie] = ([] as string[]).concat(granted.headers['set-cookie'] ?? []);
    const value = cookie.split(';')[0];
    await t.http().get(`${BOARD}/api/queues`).set('Cookie', value).expect(200);
    await t.http().patch(`/api/users/${other.id}`).set(admin).send({ role: 'operator' }).expect(200);
    await t.http().get(`${BOARD}/api/queues`).set('Cookie', value).expect(403);
  });
});
