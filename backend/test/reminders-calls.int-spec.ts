import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HistoryEntry, ScreenPop } from '@switchboard/contracts';
import { ScriptedAmiServer, syntheticQueueCall } from '@switchboard/telephony/test-pbx';
import { DataSource } from 'typeorm';
import { DEFAULT_REMINDER_SETTINGS } from '../src/modules/reminders/reminder-defaults';
import { AgentClient, eventually } from './helpers/agent-client';
import { AuthHeader } from './helpers/auth-headers';
import { PBX_PROMPTS, ReminderTestbed, isoDate, startReminderTestbed } from './helpers/reminder-testbed';
import { ALWAYS } from './helpers/survey-testbed';
import { TestApp } from './helpers/test-app';

/**
 * Reminder calls end to end: the worker's scan finds an instalment or an appointment, dials crm-reminder over the
 * scripted AMI PBX, and the key the client presses lands on the attempt, in the timeline, in a task or (key 2) on
 * the agent's screen-pop.
 */
describe('reminder calls over the scripted AMI PBX, with the worker process', () => {
  let bed: ReminderTestbed;
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let manager: AuthHeader & { id: string };
  let agent: AgentClient;
  let promptsDir: string;
  const db = () => t.app.get(DataSource);
  const scan = () => bed.scan();
  const newClient = (phone: string, fields?: Record<string, unknown>) => bed.newClient(phone, fields);
  const orderDueIn = (clientId: string, days: number) => bed.orderDueIn(clientId, days);
  const attemptsOf = (clientId: string) => bed.attemptsOf(clientId);
  const waitFor: ReminderTestbed['waitFor'] = (read, done, ms) => bed.waitFor(read, done, ms);
  const callsTo = (number: string) => bed.callsTo(number);

  beforeAll(async () => {
    bed = await startReminderTestbed();
    ({ t, pbx, admin, manager, agent, promptsDir } = bed);
  }, 90_000);
  afterAll(() => bed.close());

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
    bed.replies.set('+380671220003', { outcome: 'answered', digit: '3' });
    const clientId = await newClient('+380671220003');
    await bed.taskDueIn(clientId, 3);
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
    bed.replies.set('+380671220004', { outcome: 'answered', digit: '2' });
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
    bed.replies.set('+380671220006', { outcome: 'noAnswer' });
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
