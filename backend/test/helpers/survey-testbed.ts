import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Campaign, SaveCampaignRequest, Survey } from '@switchboard/contracts';
import {
  ScriptedAmiServer,
  SurveyReply,
  SurveyResponses,
  answerSurveyCalls,
} from '@switchboard/telephony/test-pbx';
import { DataSource } from 'typeorm';
import { AuthHeader, adminHeader, userHeader } from './auth-headers';
import { startScriptedPbx } from './scripted-pbx';
import { startTestApp, TestApp } from './test-app';
import { WorkerProcess } from './worker-process';

export const ALWAYS = { from: '00:00', to: '23:59', days: [1, 2, 3, 4, 5, 6, 7], timeZone: 'Europe/Kyiv' };

export interface AttemptRow {
  attempt: number;
  state: string;
  note: string | null;
  phone: string;
  dueAt: Date;
}

/**
 * The application and a worker process against the scripted AMI PBX playing the called clients (by default
 * each answers 5 and yes), an admin and an operator, a two-question survey and the funnel's last stage.
 */
export interface SurveyTestbed {
  t: TestApp;
  pbx: ScriptedAmiServer;
  responses: SurveyResponses;
  worker: WorkerProcess;
  promptsDir: string;
  admin: AuthHeader;
  operator: AuthHeader;
  survey: Survey;
  stageId: string;
  /** What the client behind a number does when called, when it is not the default. */
  replies: Map<string, SurveyReply>;
  waitFor: <T>(read: () => Promise<T>, done: (value: T) => boolean, ms?: number) => Promise<T>;
  attempts: (campaignId: string) => Promise<AttemptRow[]>;
  newClient: (phone: string, fields?: Record<string, unknown>) => Promise<string>;
  newOrder: (clientId: string) => Promise<string>;
  moveTo: (orderId: string, stage: string) => Promise<unknown>;
  /** A started campaign of the survey, on the stage trigger unless `fields` say otherwise. */
  campaign: (fields?: Partial<SaveCampaignRequest>) => Promise<Campaign>;
  stopAll: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startSurveyTestbed(): Promise<SurveyTestbed> {
  const scripted = await startScriptedPbx();
  const replies = new Map<string, SurveyReply>();
  const responses = answerSurveyCalls(
    scripted.pbx,
    (call) => replies.get(call.number) ?? { outcome: 'answered', keys: ['5', '1'] },
  );
  const promptsDir = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
  const t = await startTestApp({ ...scripted.env, PROMPTS_DIR: promptsDir });
  const admin = await adminHeader(t);
  const stages = (await t.http().get('/api/order-stages').set(admin).expect(200)).body as { id: string }[];
  const bed: SurveyTestbed = {
    t,
    pbx: scripted.pbx,
    responses,
    worker: await t.startWorker(),
    promptsDir,
    admin,
    operator: await userHeader(t, 'operator'),
    survey: await twoQuestions(t, admin),
    stageId: stages[stages.length - 1].id,
    replies,
    waitFor: async (read, done, ms = 15_000) => {
      const until = Date.now() + ms;
      let value = await read();
      while (!done(value) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        value = await read();
      }
      return value;
    },
    attempts: (campaignId) =>
      t.app
        .get(DataSource)
        .query(
          `SELECT attempt, state, note, phone, due_at AS "dueAt" FROM survey_attempts WHERE campaign_id = $1 ORDER BY attempt`,
          [campaignId],
        ),
    newClient: async (phone, fields = { callConsent: true }) =>
      (
        await t
          .http()
          .post('/api/clients')
          .set(admin)
          .send({ kind: 'person', lastName: `Client ${phone}`, phones: [{ number: phone }], ...fields })
          .expect(201)
      ).body.id as string,
    newOrder: async (clientId) =>
      (
        await t
          .http()
          .post('/api/orders')
          .set(admin)
          .send({ clientId, items: [{ name: 'Table', quantity: 1, price: '1000' }] })
          .expect(201)
      ).body.id as string,
    moveTo: (orderId, stage) =>
      t.http().post(`/api/orders/${orderId}/stage`).set(admin).send({ stage }).expect(200),
    campaign: async (fields = {}) => {
      const request: SaveCampaignRequest = {
        name: 'After delivery',
        surveyId: bed.survey.id,
        trigger: { kind: 'orderStage', stageId: bed.stageId },
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
    },
    stopAll: async () => {
      for (const { id, status } of (await t.http().get('/api/campaigns').set(admin)).body as Campaign[]) {
        if (status !== 'stopped') await t.http().post(`/api/campaigns/${id}/stop`).set(admin).expect(200);
      }
    },
    close: async () => {
      responses.stop();
      await t.close();
      await scripted.pbx.close();
      rmSync(promptsDir, { recursive: true, force: true });
    },
  };
  return bed;
}

async function twoQuestions(t: TestApp, admin: AuthHeader): Promise<Survey> {
  const created = await t
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
    .expect(201);
  return created.body as Survey;
}
