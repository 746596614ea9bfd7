import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaveCampaignRequest, Survey, SurveyResponse } from '@switchboard/contracts';
import { ScriptedAmiServer } from '@switchboard/telephony/test-pbx';
import { DataSource } from 'typeorm';
import { AuthHeader, userHeader } from './helpers/auth-headers';
import { SurveyTestbed, ALWAYS, startSurveyTestbed } from './helpers/survey-testbed';
import { TestApp } from './helpers/test-app';

describe('survey calls over the scripted AMI PBX, with the worker process', () => {
  let bed: SurveyTestbed;
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let operator: AuthHeader;
  let survey: Survey;
  let stageId: string;
  const waitFor: SurveyTestbed['waitFor'] = (read, done, ms) => bed.waitFor(read, done, ms);
  const attempts = (campaignId: string) => bed.attempts(campaignId);
  const newClient = (phone: string, fields?: Record<string, unknown>) => bed.newClient(phone, fields);
  const newOrder = (clientId: string) => bed.newOrder(clientId);
  const moveTo = (orderId: string, stage: string) => bed.moveTo(orderId, stage);
  const campaign = (fields?: Partial<SaveCampaignRequest>) => bed.campaign(fields);

  beforeAll(async () => {
    bed = await startSurveyTestbed();
    ({ t, pbx, admin, operator, survey, stageId } = bed);
  }, 90_000);
  afterEach(() => bed.stopAll());
  afterAll(() => bed.close());

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
    const call = bed.responses.calls.find((candidate) => candidate.number === '+380671110001');
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
    const spoken = readFileSync(
      join(bed.promptsDir, `${call?.variables['SB_Q1_PROMPT'].split('/').pop()}.wav`),
    );
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
    expect(bed.responses.calls.filter((call) => call.number === '+380671110002')).toHaveLength(1);
  });

  it('keeps a skipped question as no answer and opens a task for the manager on a low mark', async () => {
    bed.replies.set('+380671110003', { outcome: 'answered', keys: ['1', null] });
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
    bed.replies.set('+380671110004', { outcome: 'busy' });
    bed.replies.set('+380671110005', { outcome: 'noAnswer' });
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
    expect(bed.responses.calls.filter((call) => call.number === '+380671110006')).toHaveLength(0);
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

  it('calls exactly once when the worker is killed with -9 mid-call and another takes over', async () => {
    const running = await campaign();
    const clientId = await newClient('+380671110009');
    const dialed = pbx.nextAction('Originate');
    await moveTo(await newOrder(clientId), stageId);
    await dialed;
    await bed.worker.kill();
    bed.worker = await t.startWorker();
    // Long enough for BullMQ to find the dead worker's job stalled and run it again (lock 10 s).
    await new Promise((resolve) => setTimeout(resolve, 16_000));
    expect(bed.responses.calls.filter((call) => call.number === '+380671110009')).toHaveLength(1);
    expect(await attempts(running.id)).toMatchObject([{ attempt: 1, state: 'completed' }]);
    const [answered] = (await t.http().get(`/api/clients/${clientId}/survey-responses`).set(operator))
      .body as SurveyResponse[];
    expect(answered.answers.map((answer) => answer.value)).toEqual([5, 1]);
  }, 60_000);
});
