import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Campaign, SaveCampaignRequest, Survey, SurveyResponse } from '@switchboard/contracts';
import {
  ScriptedAmiServer,
  SurveyReply,
  SurveyResponses,
  answerSurveyCalls,
} from '@switchboard/telephony/test-pbx';
import { DataSource } from 'typeorm';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { startTestApp, TestApp } from './helpers/test-app';
import { WorkerProcess } from './helpers/worker-process';

const ALWAYS = { from: '00:00', to: '23:59', days: [1, 2, 3, 4, 5, 6, 7], timeZone: 'Europe/Kyiv' };

describe('survey campaigns over the scripted AMI PBX, with the worker process', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let responses: SurveyResponses;
  let worker: WorkerProcess;
  let promptsDir: string;
  let admin: AuthHeader;
  let operator: AuthHeader;
  let survey: Survey;
  let stageId: string;
  /** What the client behind each number does when called; the default answers 5 and yes. */
  const replies = new Map<string, SurveyReply>();

  const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> => {
    const until = Date.now() + ms;
    let value = await read();
    while (!done(value) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      value = await read();
    }
    return value;
  };
  const attempts = (campaignId: string) =>
    t.app
      .get(DataSource)
      .query(
        `SELECT attempt, state, note, phone, due_at AS "dueAt" FROM survey_attempts WHERE campaign_id = $1 ORDER BY attempt`,
        [campaignId],
      ) as Promise<{ attempt: number; state: string; note: string | null; phone: string; dueAt: Date }[]>;
  const newClient = async (phone: string, fields: Record<string, unknown> = { callConsent: true }) =>
    (
      await t
        .http()
        .post('/api/clients')
        .set(admin)
        .send({ kind: 'person', lastName: `Client ${phone}`, phones: [{ number: phone }], ...fields })
        .expect(201)
    ).body.id as string;
  const newOrder = async (clientId: string) =>
    (
      await t
        .http()
        .post('/api/orders')
        .set(admin)
        .send({ clientId, items: [{ name: 'Table', quantity: 1, price: '1000' }] })
        .expect(201)
    ).body.id as string;
  const moveTo = (orderId: string, stage: string) =>
    t.http().post(`/api/orders/${orderId}/stage`).set(admin).send({ stage }).expect(200);
  const campaign = async (fields: Partial<SaveCampaignRequest> = {}): Promise<Campaign> => {
    const request: SaveCampaignRequest = {
      name: 'After delivery',
      surveyId: survey.id,
      trigger: { kind: 'orderStage', stageId },
      delayMinutes: 0,
      window: ALWAYS,
      maxAttempts: 3,
      retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
      maxConcurrentCalls: 5,
      consentRequired: true,
      doNotCall: [],
      ...fields,
    };
    const created = (await t.http().post('/api/campaigns').set(admin).send(request).expect(201))
      .body as Campaign;
    await t.http().post(`/api/campaigns/${created.id}/start`).set(admin).expect(200);
    return created;
  };
  const stopAll = async () => {
    for (const { id, status } of (await t.http().get('/api/campaigns').set(admin)).body as Campaign[]) {
      if (status !== 'stopped') await t.http().post(`/api/campaigns/${id}/stop`).set(admin).expect(200);
    }
  };

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    responses = answerSurveyCalls(
      pbx,
      (call) => replies.get(call.number) ?? { outcome: 'answered', keys: ['5', '1'] },
    );
    promptsDir = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
    t = await startTestApp({ ...scripted.env, PROMPTS_DIR: promptsDir });
    worker = await t.startWorker();
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    const stages = (await t.http().get('/api/order-stages').set(admin).expect(200)).body as {
      id: string;
      key: string;
    }[];
    stageId = stages[stages.length - 1].id;
    survey = (
      await t
        .http()
        .post('/api/surveys')
        .set(admin)
        .send({
          name: 'Delivery',
          questions: [
            {
              kind: 'scale5',
              alertAtOrBelow: 2,
              prompts: [
                { language: 'uk', text: 'Оцініть доставку' },
                { language: 'en', text: 'Rate the delivery' },
              ],
            },
            { kind: 'yesNo', prompts: [{ language: 'en', text: 'Would you order again?' }] },
          ],
        })
        .expect(201)
    ).body as Survey;
  }, 90_000);
  afterEach(stopAll);
  afterAll(async () => {
    responses.stop();
    await t.close();
    await pbx.close();
    rmSync(promptsDir, { recursive: true, force: true });
  });

  it('calls once an order enters the stage, with the questions as channel variables, and stores the answers on the order', async () => {
    const running = await campaign();
    const clientId = await newClient('+380671110001');
    const orderId = await newOrder(clientId);
    await moveTo(orderId, stageId);
    const answered = await waitFor(
      () =>
        t
          .http()
          .get(`/api/orders/${orderId}/survey-responses`)
          .set(operator)
          .then((r) => r.body as SurveyResponse[]),
      (list) => list[0]?.answers.length === 2,
    );
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ campaignId: running.id, surveyName: 'Delivery', orderId });
    expect(answered[0].answers.map(({ question, value }) => ({ question, value }))).toEqual([
      { question: 'Оцініть доставку', value: 5 },
      { question: 'Would you order again?', value: 1 },
    ]);
    const call = responses.calls.find((candidate) => candidate.number === '+380671110001');
    expect(call?.variables).toMatchObject({
      SB_SURVEY: survey.id,
      SB_QUESTIONS: '2',
      SB_Q1_ID: survey.questions[0].id,
      SB_Q1_PROMPT: expect.stringMatching(new RegExp(`/survey-${survey.questions[0].id}-uk-[0-9a-f]{12}$`)),
      SB_Q1_DIGITS: '1',
      SB_Q1_KEYS: '[1-5]',
      SB_Q2_PROMPT: expect.stringMatching(new RegExp(`/survey-${survey.questions[1].id}-en-[0-9a-f]{12}$`)),
      SB_Q2_KEYS: '[12]',
    });
    const spoken = readFileSync(join(promptsDir, `${call?.variables['SB_Q1_PROMPT'].split('/').pop()}.wav`));
    expect([spoken.toString('ascii', 0, 4), spoken.readUInt32LE(24), spoken.readUInt16LE(22)]).toEqual([
      'RIFF',
      8000,
      1,
    ]);
    const originate = pbx.actions.find(
      (action) => action['channelid']?.startsWith('survey-') && action['channel'].includes('+380671110001'),
    );
    expect(originate).toMatchObject({
      context: 'crm-survey',
      exten: 's',
      channel: 'PJSIP/+380671110001@trunk',
    });
    await waitFor(
      () => attempts(running.id),
      (rows) => rows[0]?.state === 'completed',
    );
    const timeline = (await t.http().get(`/api/clients/${clientId}/history`).set(operator).expect(200)).body;
    expect(JSON.stringify(timeline)).toContain('"kind":"survey"');
  });

  it('never calls twice for one order, however often the stage is entered again', async () => {
    const running = await campaign();
    const orderId = await newOrder(await newClient('+380671110002'));
    const stages = (await t.http().get('/api/order-stages').set(admin)).body as { id: string }[];
    await moveTo(orderId, stageId);
    await moveTo(orderId, stages[0].id);
    await moveTo(orderId, stageId);
    await waitFor(
      () => attempts(running.id),
      (rows) => rows[0]?.state === 'completed',
    );
    expect(await attempts(running.id)).toHaveLength(1);
    expect(responses.calls.filter((call) => call.number === '+380671110002')).toHaveLength(1);
  });

  it('keeps a skipped question as no answer and opens a task for the manager on a low mark', async () => {
    replies.set('+380671110003', { outcome: 'answered', keys: ['1', null] });
    const manager = await userHeader(t, 'operator');
    await campaign();
    const clientId = await newClient('+380671110003', { callConsent: true, managerId: manager.id });
    await moveTo(await newOrder(clientId), stageId);
    const answered = await waitFor(
      () =>
        t
          .http()
          .get(`/api/clients/${clientId}/survey-responses`)
          .set(operator)
          .then((r) => r.body as SurveyResponse[]),
      (list) => list[0]?.answers.length === 2,
    );
    expect(answered[0].answers.map((answer) => answer.value)).toEqual([1, null]);
    const tasks = await waitFor(
      () =>
        t.app
          .get(DataSource)
          .query(`SELECT title, assignee_id AS "assigneeId", kind FROM tasks WHERE client_id = $1`, [
            clientId,
          ]),
      (rows: unknown[]) => rows.length > 0,
    );
    expect(tasks).toEqual([
      {
        title: expect.stringContaining('answered 1 to "Оцініть доставку"'),
        assigneeId: manager.id,
        kind: 'follow-up',
      },
    ]);
  });

  it('retries a busy client after the busy interval and a silent one after the no-answer interval', async () => {
    replies.set('+380671110004', { outcome: 'busy' });
    replies.set('+380671110005', { outcome: 'noAnswer' });
    const busy = await campaign();
    await moveTo(await newOrder(await newClient('+380671110004')), stageId);
    await moveTo(await newOrder(await newClient('+380671110005')), stageId);
    const rows = await waitFor(
      () => attempts(busy.id),
      (list) => list.filter((row) => row.attempt === 2).length === 2,
    );
    const after = (state: string) => {
      const first = rows.find((row) => row.attempt === 1 && row.state === state);
      return rows.find((row) => row.attempt === 2 && row.phone === first?.phone);
    };
    const soon = Date.now();
    expect(after('busy')?.dueAt.getTime()).toBeGreaterThan(soon + 14 * 60_000);
    expect(after('busy')?.dueAt.getTime()).toBeLessThan(soon + 16 * 60_000);
    expect(after('noAnswer')?.dueAt.getTime()).toBeGreaterThan(soon + 59 * 60_000);
    expect(after('noAnswer')?.state).toBe('scheduled');
  });

  it('skips a client without consent when the campaign requires it, and never dials them', async () => {
    const running = await campaign();
    await moveTo(await newOrder(await newClient('+380671110006', { callConsent: false })), stageId);
    const rows = await waitFor(
      () => attempts(running.id),
      (list) => list[0]?.state === 'skipped',
    );
    expect(rows).toMatchObject([{ state: 'skipped', note: 'no consent to automated calls' }]);
    expect(responses.calls.filter((call) => call.number === '+380671110006')).toHaveLength(0);
  });

  it('waits for the call window in the client zone', async () => {
    const now = new Date();
    const kyivHour = Number(
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Europe/Kyiv' }).format(
        now,
      ),
    );
    const opens = `${String((kyivHour + 2) % 24).padStart(2, '0')}:00`;
    const closes = `${String((kyivHour + 2) % 24).padStart(2, '0')}:30`;
    const running = await campaign({ window: { ...ALWAYS, from: opens, to: closes } });
    await moveTo(await newOrder(await newClient('+380671110007')), stageId);
    const [row] = await waitFor(
      () => attempts(running.id),
      (list) => list.length === 1,
    );
    expect(row.state).toBe('scheduled');
    const local = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Kyiv',
    });
    expect(local.format(row.dueAt)).toBe(opens);
    expect(row.dueAt.getTime()).toBeGreaterThan(now.getTime() + 60 * 60_000);
  });

  it('refuses what makes no sense, naming the field', async () => {
    const bad = await t
      .http()
      .post('/api/campaigns')
      .set(admin)
      .send({
        name: 'Broken',
        surveyId: survey.id,
        trigger: { kind: 'orderStage' },
        delayMinutes: 0,
        window: { from: '18:00', to: '09:00', days: [1], timeZone: 'Mars/Olympus' },
        maxAttempts: 3,
        retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
        maxConcurrentCalls: 5,
        consentRequired: true,
        doNotCall: ['not a number'],
      })
      .expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(
      ['doNotCall.0', 'trigger.stageId', 'window.timeZone', 'window.to'].sort(),
    );
    const choice = await t
      .http()
      .post('/api/surveys')
      .set(admin)
      .send({
        name: 'Q',
        questions: [
          {
            kind: 'choice',
            prompts: [
              { language: 'en', text: 'Pick' },
              { language: 'en', text: 'Again' },
            ],
          },
        ],
      })
      .expect(400);
    expect(choice.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'questions.0.choices',
      'questions.0.prompts',
    ]);
    await t.http().post('/api/surveys').set(operator).send({ name: 'Mine', questions: [] }).expect(403);
    await t.http().delete(`/api/surveys/${survey.id}`).set(admin).expect(409);
  });

  it('counts reach, answers per question and CSAT by manager, and drills down to the calls', async () => {
    const results = (
      await t
        .http()
        .post('/api/surveys')
        .set(admin)
        .send({
          name: 'Results',
          questions: [
            { kind: 'scale5', prompts: [{ language: 'en', text: 'Rate us' }] },
            { kind: 'yesNo', prompts: [{ language: 'en', text: 'Again?' }] },
          ],
        })
        .expect(201)
    ).body as Survey;
    replies.set('+380671120001', { outcome: 'answered', keys: ['5', '1'] });
    replies.set('+380671120002', { outcome: 'answered', keys: ['2', '2'] });
    replies.set('+380671120003', { outcome: 'busy' });
    const manager = await userHeader(t, 'operator');
    const running = await campaign({ surveyId: results.id, trigger: { kind: 'manual' } });
    const clientIds = [
      await newClient('+380671120001', { callConsent: true, managerId: manager.id }),
      await newClient('+380671120002'),
      await newClient('+380671120003'),
    ];
    const added = await t
      .http()
      .post(`/api/campaigns/${running.id}/targets`)
      .set(admin)
      .send({ clientIds })
      .expect(200);
    expect(added.body).toEqual({ added: 3 });
    await waitFor(
      () => attempts(running.id),
      (rows) =>
        rows.filter((row) => row.attempt === 1 && ['completed', 'busy'].includes(row.state)).length === 3,
    );
    const figures = (await t.http().get(`/api/surveys/${results.id}/results`).set(admin).expect(200)).body;
    expect(figures).toMatchObject({
      attempted: 3,
      reached: 2,
      responseRate: 2 / 3,
      byAgent: [],
      byCategory: [],
    });
    expect(figures.questions[0]).toMatchObject({
      question: 'Rate us',
      counts: [1, 2, 3, 4, 5].map((value) => ({ value, answers: value === 2 || value === 5 ? 1 : 0 })),
      skipped: 0,
      average: 3.5,
    });
    expect(figures.questions[1].counts).toEqual([
      { value: 1, answers: 1 },
      { value: 2, answers: 1 },
    ]);
    expect(figures.byManager).toEqual([{ key: manager.id, label: expect.any(String), csat: 1, answers: 1 }]);
    const low = await t
      .http()
      .get(`/api/surveys/${results.id}/responses`)
      .query({ questionId: results.questions[0].id, value: 2 })
      .set(admin)
      .expect(200);
    expect(low.body).toMatchObject({ total: 1, items: [{ client: { id: clientIds[1] } }] });
    const csv = await t
      .http()
      .get(`/api/surveys/${results.id}/results/export`)
      .query({ format: 'csv' })
      .set(admin)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.trim().split('\n')).toHaveLength(3);
    expect(csv.text).toContain('Rate us');
    await t.http().get(`/api/surveys/${results.id}/results`).set(operator).expect(403);
    await t
      .http()
      .get(`/api/surveys/${results.id}/results`)
      .query({ from: '2026-12-05', to: '2026-12-01' })
      .set(admin)
      .expect(400);
  });

  it('plays an uploaded recording instead of the text, converted to telephone WAV, and previews both', async () => {
    const [first] = survey.questions;
    const spoken = await t
      .http()
      .get(`/api/surveys/${survey.id}/questions/${first.id}/prompts/en/audio`)
      .set(admin)
      .expect(200);
    expect(spoken.headers['content-type']).toBe('audio/wav');
    const stereo = join(promptsDir, 'upload.wav');
    execFileSync('sox', ['-n', '-r', '44100', '-c', '2', stereo, 'synth', '0.3', 'sine', '440']);
    const uploaded = await t
      .http()
      .put(`/api/surveys/${survey.id}/questions/${first.id}/prompts/en/recording`)
      .set(admin)
      .attach('file', stereo)
      .expect(200);
    expect((uploaded.body as Survey).questions[0].prompts).toContainEqual({
      language: 'en',
      text: 'Rate the delivery',
      hasRecording: true,
    });
    const played = (await t
      .http()
      .get(`/api/surveys/${survey.id}/questions/${first.id}/prompts/en/audio`)
      .set(operator)
      .expect(403),
    await t
      .http()
      .get(`/api/surveys/${survey.id}/questions/${first.id}/prompts/en/audio`)
      .set(admin)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)).body as Buffer;
    expect([played.readUInt32LE(24), played.readUInt16LE(22)]).toEqual([8000, 1]);
    const garbage = await t
      .http()
      .put(`/api/surveys/${survey.id}/questions/${first.id}/prompts/en/recording`)
      .set(admin)
      .attach('file', Buffer.from('not audio at all'), 'prompt.wav')
      .expect(400);
    expect(garbage.body.details).toMatchObject([{ field: 'file' }]);
    await t
      .http()
      .put(`/api/surveys/${survey.id}/questions/${first.id}/prompts/ru/recording`)
      .set(admin)
      .attach('file', stereo)
      .expect(400);
    const removed = await t
      .http()
      .delete(`/api/surveys/${survey.id}/questions/${first.id}/prompts/en/recording`)
      .set(admin)
      .expect(200);
    expect((removed.body as Survey).questions[0].prompts).toContainEqual({
      language: 'en',
      text: 'Rate the delivery',
      hasRecording: false,
    });
  });

  it('calls exactly once when the worker is killed with -9 mid-call and another takes over', async () => {
    const running = await campaign();
    const clientId = await newClient('+380671110009');
    const dialed = pbx.nextAction('Originate');
    await moveTo(await newOrder(clientId), stageId);
    await dialed;
    await worker.kill();
    worker = await t.startWorker();
    // Long enough for BullMQ to find the dead worker's job stalled and run it again (lock 10 s).
    await new Promise((resolve) => setTimeout(resolve, 16_000));
    expect(responses.calls.filter((call) => call.number === '+380671110009')).toHaveLength(1);
    expect(await attempts(running.id)).toMatchObject([{ attempt: 1, state: 'completed' }]);
    const [answered] = (await t.http().get(`/api/clients/${clientId}/survey-responses`).set(operator))
      .body as SurveyResponse[];
    expect(answered.answers.map((answer) => answer.value)).toEqual([5, 1]);
  }, 60_000);
});
