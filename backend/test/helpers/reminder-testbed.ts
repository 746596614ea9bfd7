import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReminderSettings } from '@switchboard/contracts';
import {
  ReminderCall,
  ReminderReply,
  ReminderResponses,
  ScriptedAmiServer,
  answerReminderCalls,
} from '@switchboard/telephony/test-pbx';
import { DataSource } from 'typeorm';
import { QUEUES } from '../../src/core/queues/queues';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/modules/reminders/reminder-defaults';
import { AgentClient, connectAgent } from './agent-client';
import { AuthHeader, adminHeader, userHeader } from './auth-headers';
import { runJob } from './run-job';
import { startScriptedPbx } from './scripted-pbx';
import { ALWAYS } from './survey-testbed';
import { TestApp, startTestApp } from './test-app';

export const PBX_PROMPTS = '/var/lib/asterisk/sounds/switchboard';

export const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export interface AttemptRow {
  id: string;
  kind: string;
  state: string;
  outcome: string | null;
  note: string | null;
}

/**
 * The application and a worker process against the scripted AMI PBX playing the called clients (by default each
 * answers and presses 1), an admin, and an operator with an extension and a socket who manages the clients;
 * reminders of instalments and tasks are on, at any hour.
 */
export interface ReminderTestbed {
  t: TestApp;
  pbx: ScriptedAmiServer;
  responses: ReminderResponses;
  admin: AuthHeader;
  manager: AuthHeader & { id: string };
  agent: AgentClient;
  promptsDir: string;
  /** What the client behind a number does when called, when it is not the default. */
  replies: Map<string, ReminderReply>;
  settings: (change?: Partial<ReminderSettings>) => Promise<unknown>;
  scan: () => Promise<unknown>;
  newClient: (phone: string, fields?: Record<string, unknown>) => Promise<string>;
  orderDueIn: (clientId: string, days: number) => Promise<{ id: string; number: string }>;
  /** An appointment or delivery task of the client, due `hours` from now. */
  taskDueIn: (clientId: string, hours: number, kind?: 'appointment' | 'delivery') => Promise<unknown>;
  attemptsOf: (clientId: string) => Promise<AttemptRow[]>;
  waitFor: <T>(read: () => Promise<T>, done: (value: T) => boolean, ms?: number) => Promise<T>;
  callsTo: (number: string) => ReminderCall[];
  close: () => Promise<void>;
}

export async function startReminderTestbed(): Promise<ReminderTestbed> {
  const scripted = await startScriptedPbx();
  const replies = new Map<string, ReminderReply>();
  const responses = answerReminderCalls(
    scripted.pbx,
    (call) => replies.get(call.number) ?? { outcome: 'answered', digit: '1' },
  );
  const promptsDir = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
  const t = await startTestApp({ ...scripted.env, PROMPTS_DIR: promptsDir, PROMPTS_PBX_DIR: PBX_PROMPTS });
  await t.startWorker();
  const admin = await adminHeader(t);
  const manager = await userHeader(t, 'operator');
  await t.http().patch(`/api/users/${manager.id}`).set(admin).send({ extension: '2003' }).expect(200);
  const agent = await connectAgent(t.url, manager);
  const bed: ReminderTestbed = {
    t,
    pbx: scripted.pbx,
    responses,
    admin,
    manager,
    agent,
    promptsDir,
    replies,
    settings: (change = {}) =>
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
        .expect(200),
    scan: () => runJob(t.app, QUEUES.reminderScan, 'scan'),
    newClient: async (phone, fields = { callConsent: true }) =>
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
      ).body.id as string,
    orderDueIn: async (clientId, days) =>
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
      ).body as { id: string; number: string },
    taskDueIn: (clientId, hours, kind = 'appointment') =>
      t
        .http()
        .post('/api/tasks')
        .set(admin)
        .send({
          kind,
          title: 'Kitchen measurement',
          clientId,
          dueAt: new Date(Date.now() + hours * 3_600_000),
        })
        .expect(201),
    attemptsOf: (clientId) =>
      t.app
        .get(DataSource)
        .query(
          `SELECT id, kind, state, outcome, note FROM reminder_attempts WHERE client_id = $1 ORDER BY attempt`,
          [clientId],
        ),
    waitFor: async (read, done, ms = 15_000) => {
      const until = Date.now() + ms;
      let value = await read();
      while (!done(value) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        value = await read();
      }
      return value;
    },
    callsTo: (number) => responses.calls.filter((call) => call.number === number),
    close: async () => {
      agent.close();
      responses.stop();
      await t.close();
      await scripted.pbx.close();
      rmSync(promptsDir, { recursive: true, force: true });
    },
  };
  await bed.settings();
  return bed;
}
