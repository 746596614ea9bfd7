import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { HistoryEntry, ReminderSettings, ScreenPop } from '@switchboard/contracts';
import {
  ReminderReply,
  ReminderResponses,
  ScriptedAmiServer,
  answerReminderCalls,
  syntheticQueueCall,
} from '@switchboard/telephony/test-pbx';
import { DataSource } from 'typeorm';
import { QUEUES } from '../src/core/queues/queues';
import { ReminderLostCalls } from '../src/modules/reminders/calls/reminder-lost-calls.service';
import { DEFAULT_REMINDER_SETTINGS } from '../src/modules/reminders/reminder-defaults';
import { AgentClient, connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { runJob } from './helpers/run-job';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { ALWAYS } from './helpers/survey-testbed';
import { TestApp, startTestApp } from './helpers/test-app';

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const PBX_PROMPTS = '/var/lib/asterisk/sounds/switchboard';

interface AttemptRow {
  id: string;
  kind: string;
  state: string;
  outcome: string | null;
  note: string | null;
}

/**
 * Reminder calls end to end: the worker's scan finds an instalment or an appointment, dials crm-reminder over the
 * scripted AMI PBX, and the key the client presses lands on the attempt, in the timeline, in a task or (key 2) on
 * the agent's screen-pop.
 */
describe('reminder calls over the scripted AMI PBX, with the worker process', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let responses: ReminderResponses;
  let admin: AuthHeader;
  let manager: AuthHeader & { id: string };
  let agent: AgentClient;
  const replies = new Map<string, ReminderReply>();
  const promptsDir = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
  const db = () => t.app.get(DataSource);

  const settings = (change: Partial<ReminderSettings> = {}) =>
    t
      .http()
      .put('/api/reminders/settings')
      .set(admin)
      .send({
        ...DEFAULT_REMINDER_SETTINGS,
        instalmentDue: { enabled: true, daysBefore: 3 },
        tasks: { enabled: true, hoursBefore: 24 },
        window: ALWAYS,
        ...change,
      })
      .expect(200);
  const scan = () => runJob(t.app, QUEUES.reminderScan, 'scan');
  const newClient = async (phone: string, fields: Record<string, unknown> = { callConsent: true }) =>
    (
      await t
        .http()
        .post('/api/clients')
        .set(admin)
        .send({
          kind: 'person',
          lastName: `Client ${phone}`,
          phones: [{ number: phone }],
          managerId: manager.id,
          ...fields,
        })
        .expect(201)
    ).body.id as string;
  const orderDueIn = async (clientId: string, days: number) =>
    (
      await t
        .http()
        .post('/api/orders')
        .set(admin)
        .send({
          clientId,
          items: [{ name: 'Sofa', quantity: 1, price: '1000' }],
          schedule: [
            { dueDate: isoDate(-30), amount: '400' },
            { dueDate: isoDate(days), amount: '600' },
          ],
        })
        .expect(201)
    ).body as { id: string; number: string };
  const attemptsOf = (clientId: string): Promise<AttemptRow[]> =>
    db().query(
      `SELECT id, kind, state, outcome, note FROM reminder_attempts WHERE client_id = $1 ORDER BY attempt`,
      [clientId],
    );
  const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> => {
    const until = Date.now() + ms;
    let value = await read();
    while (!done(value) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      value = await read();
    }
    return value;
  };
  const callsTo = (number: string) => responses.calls.filter((call) => call.number === number);

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    responses = answerReminderCalls(
      pbx,
      (call) => replies.get(call.number) ?? { outcome: 'answered', digit: '1' },
    );
    t = await startTestApp({ ...scripted.env, PROMPTS_DIR: promptsDir, PROMPTS_PBX_DIR: PBX_PROMPTS });
    await t.startWorker();
    admin = await adminHeader(t);
    manager = await userHeader(t, 'operator');
    await t.http().patch(`/api/users/${manager.id}`).set(admin).send({ extension: '2003' }).expect(200);
    agent = await connectAgent(t.url, manager);
    await settings();
  }, 90_000);
  afterAll(async () => {
    agent?.close();
    responses?.stop();
    await t.close();
    await pbx.close();
    rmSync(promptsDir, { recursive: true, force: true });
  });

  it('calls once about an instalment due in a few days, however often the scan runs, and 1 confirms it', async () => {
    const clientId = await newClient('+380671220001');
    const order = await orderDueIn(clientId, 2);
    await scan();
    await scan();
    const [done] = await waitFor(
      () => attemptsOf(clientId),
      (rows) => rows[0]?.state === 'completed' && rows[0].outcome !== null,
    );
    expect(await attemptsOf(clientId)).toHaveLength(1);
    expect(done).toMatchObject({ kind: 'instalmentDue', state: 'completed', outcome: 'confirmed' });
    expect(callsTo('+380671220001')).toHaveLength(1);
    const originate = pbx.actions.find((action) => action['channelid'] === `reminder-${done.id}`);
    expect(originate).toMatchObject({
      context: 'crm-reminder',
      exten: 's',
      channel: 'PJSIP/+380671220001@trunk',
    });
    const { variables } = callsTo('+380671220001')[0];
    expect(variables).toMatchObject({
      SB_REMINDER: done.id,
      SB_REMINDER_NUMBER: '+380671220001',
      SB_REMINDER_QUEUE: 'support',
      SB_REMINDER_PROMPT: expect.stringMatching(new RegExp(`^${PBX_PROMPTS}/[0-9a-f]{32}$`)),
    });
    expect(existsSync(join(promptsDir, `${basename(variables['SB_REMINDER_PROMPT'])}.wav`))).toBe(true);
    const history = (await t.http().get(`/api/clients/${clientId}/history`).set(admin).expect(200)).body as {
      items: HistoryEntry[];
    };
    expect(history.items.find((entry) => entry.kind === 'reminder')?.data).toMatchObject({
      attemptId: done.id,
      outcome: 'confirmed',
      kind: 'instalmentDue',
      due: isoDate(2),
      amount: '600.00',
      orderNumber: order.number,
    });
  });

  it('does not call a client without consent to automated calls', async () => {
    const clientId = await newClient('+380671220002', { callConsent: false });
    await orderDueIn(clientId, 1);
    await scan();
    expect(await attemptsOf(clientId)).toEqual([
      expect.objectContaining({ state: 'skipped', note: 'no consent to automated calls' }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(callsTo('+380671220002')).toHaveLength(0);
  });

  it('opens a call-back task for the manager when the client presses 3 about an appointment', async () => {
    replies.set('+380671220003', { outcome: 'answered', digit: '3' });
    const clientId = await newClient('+380671220003');
    await t
      .http()
      .post('/api/tasks')
      .set(admin)
      .send({
        kind: 'appointment',
        title: 'Kitchen measurement',
        clientId,
        dueAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
      })
      .expect(201);
    await scan();
    const tasks = await waitFor(
      () =>
        db().query(
          `SELECT title, kind, assignee_id AS "assigneeId" FROM tasks WHERE client_id = $1 AND kind = 'follow-up'`,
          [clientId],
        ) as Promise<unknown[]>,
      (rows) => rows.length > 0,
    );
    expect(tasks).toEqual([
      {
        title: expect.stringMatching(
          /^Call back Client \+380671220003: wants to move "Kitchen measurement" due /,
        ),
        kind: 'follow-up',
        assigneeId: manager.id,
      },
    ]);
    expect(await attemptsOf(clientId)).toEqual([
      expect.objectContaining({ kind: 'task', outcome: 'reschedule' }),
    ]);
  });

  it('sends a client who presses 2 to the queue, and the pop says what the reminder was about', async () => {
    replies.set('+380671220004', { outcome: 'answered', digit: '2' });
    const clientId = await newClient('+380671220004');
    await orderDueIn(clientId, 3);
    await scan();
    const [asked] = await waitFor(
      () => attemptsOf(clientId),
      (rows) => rows[0]?.outcome === 'operator',
    );
    expect(asked.outcome).toBe('operator');
    // What crm-reminder does next: the client joins the queue under the reminder's Linkedid with SB_IVR_CHOICE.
    const linkedid = `reminder-${asked.id}`;
    const queued = syntheticQueueCall({ linkedid, callerNumber: '+380671220004', queue: 'support' });
    const offer = queued.offer('2003');
    const choice = `ChanVariable: SB_IVR_CHOICE=${linkedid}\r\n`;
    pbx.broadcast([
      ...queued.join,
      ...offer.ring.map((frame) =>
        frame.startsWith('Event: AgentCalled') ? frame.replace('\r\n', `\r\n${choice}`) : frame,
      ),
    ]);
    const pop = await eventually(() => {
      const found = agent
        .of('call.ringing')
        .find((entry: ScreenPop) => entry.callerNumber === '+380671220004');
      expect(found).toBeDefined();
      return found as ScreenPop;
    });
    expect(pop.client?.id).toBe(clientId);
    expect(pop.selfService).toEqual({
      choice: 'reminder',
      reminder: expect.objectContaining({
        kind: 'instalmentDue',
        due: isoDate(3),
        amount: '600.00',
        currency: 'UAH',
      }),
    });
    pbx.broadcast([...offer.answer, ...offer.hangup]);
    await waitFor(
      () => attemptsOf(clientId),
      (rows) => rows[0]?.state === 'completed',
    );
    expect((await attemptsOf(clientId))[0]).toMatchObject({ state: 'completed', outcome: 'operator' });
  });

  it('tries again after the no-answer interval when the client does not pick up', async () => {
    replies.set('+380671220006', { outcome: 'noAnswer' });
    const clientId = await newClient('+380671220006');
    await orderDueIn(clientId, 1);
    const before = Date.now();
    await scan();
    const rows = await waitFor(
      () =>
        db().query(
          `SELECT attempt, state, due_at AS "dueAt" FROM reminder_attempts WHERE client_id = $1 ORDER BY attempt`,
          [clientId],
        ) as Promise<{ attempt: number; state: string; dueAt: Date }[]>,
      (found) => found.length === 2,
    );
    expect(rows.map(({ attempt, state }) => ({ attempt, state }))).toEqual([
      { attempt: 1, state: 'noAnswer' },
      { attempt: 2, state: 'scheduled' },
    ]);
    // The settings' 60 minutes after the unanswered call (the window is always open).
    expect(rows[1].dueAt.getTime() - before).toBeGreaterThanOrEqual(60 * 60_000);
    expect(rows[1].dueAt.getTime() - before).toBeLessThan(61 * 60_000);
  });

  it('puts back the lost job of a waiting attempt (its worker died after writing the row) on the next scan', async () => {
    const clientId = await newClient('+380671220005');
    const [{ id }] = (await db().query(
      `INSERT INTO reminder_attempts (kind, subject, occasion, attempt, client_id, phone, language, time_zone, due_at, facts)
       VALUES ('task', gen_random_uuid(), '2026-12-10T09:00:00.000Z', 1, $1, '+380671220005', 'en', 'Europe/Kyiv', now(),
               '{"kind":"task","due":"2099-12-10T09:00:00.000Z","title":"Delivery"}') RETURNING id`,
      [clientId],
    )) as { id: string }[];
    await scan();
    const [attempt] = await waitFor(
      () => attemptsOf(clientId),
      (rows) => rows[0]?.state !== 'scheduled',
    );
    expect(attempt).toMatchObject({ id, state: 'skipped', note: 'no longer due (paid, moved or done)' });
  });

  it('keeps to the lines reminders may take: the next call waits until one is free', async () => {
    await settings({ maxConcurrentCalls: 1 });
    // Key 2 keeps the call up (the client waits in the queue), holding the one line.
    replies.set('+380671220011', { outcome: 'answered', digit: '2' });
    const appointment = async (phone: string) => {
      const clientId = await newClient(phone);
      await t
        .http()
        .post('/api/tasks')
        .set(admin)
        .send({
          kind: 'appointment',
          title: 'Fitting',
          clientId,
          dueAt: new Date(Date.now() + 2 * 3_600_000),
        })
        .expect(201);
      return clientId;
    };
    const holding = await appointment('+380671220011');
    await scan();
    await waitFor(
      async () => callsTo('+380671220011').length,
      (count) => count === 1,
    );
    const waiting = await appointment('+380671220012');
    await scan();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(callsTo('+380671220012')).toHaveLength(0);
    expect((await attemptsOf(waiting))[0]).toMatchObject({ state: 'scheduled' });

    // Its hang-up never reaches the API: the scan after the longest call time ends it, and frees the line.
    expect(await t.app.get(ReminderLostCalls).recover(new Date(Date.now() + 16 * 60_000))).toBe(1);
    expect((await attemptsOf(holding))[0]).toMatchObject({ state: 'completed', outcome: 'operator' });
    const called = await waitFor(
      async () => callsTo('+380671220012').length,
      (count) => count === 1,
    );
    expect(called).toBe(1);
    await settings();
  });

  it('fails a call the PBX never answered for, and tries again after the failure interval', async () => {
    const answering = pbx.scriptOf('Originate');
    pbx.onAction('Originate', (action) =>
      action['channel']?.includes('380671220013') ? [] : (answering?.(action) ?? []),
    );
    try {
      const clientId = await newClient('+380671220013');
      await t
        .http()
        .post('/api/tasks')
        .set(admin)
        .send({ kind: 'delivery', title: 'Sofa', clientId, dueAt: new Date(Date.now() + 3_600_000) })
        .expect(201);
      await scan();
      await waitFor(
        () => attemptsOf(clientId),
        (rows) => rows[0]?.state === 'dialing',
      );
      await t.app.get(ReminderLostCalls).recover(new Date(Date.now() + 5 * 60_000));
      const attempts = await attemptsOf(clientId);
      expect(attempts.map(({ state, note }) => ({ state, note }))).toEqual([
        { state: 'failed', note: 'the PBX never said whether the client answered' },
        { state: 'scheduled', note: null },
      ]);
    } finally {
      pbx.onAction('Originate', (action) => answering?.(action) ?? []);
    }
  });

  it('answers 400 with the fields at fault for invalid settings, and 403 to a non-admin', async () => {
    const refused = await t
      .http()
      .put('/api/reminders/settings')
      .set(admin)
      .send({ ...DEFAULT_REMINDER_SETTINGS, maxAttempts: 0, window: { ...ALWAYS, timeZone: 'Mars/Olympus' } })
      .expect(400);
    expect(refused.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'maxAttempts',
    ]);
    const zone = await t
      .http()
      .put('/api/reminders/settings')
      .set(admin)
      .send({ ...DEFAULT_REMINDER_SETTINGS, window: { ...ALWAYS, timeZone: 'Mars/Olympus' } })
      .expect(400);
    expect(zone.body.details).toEqual([expect.objectContaining({ field: 'window.timeZone' })]);
    await t.http().get('/api/reminders/settings').set(manager).expect(403);
  });
});
