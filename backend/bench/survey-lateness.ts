import { fork } from 'node:child_process';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { QUEUES } from '../src/core/queues/queues';
import { AuthService } from '../src/modules/auth/auth.service';
import { CampaignsService } from '../src/modules/surveys/campaigns.service';
import { SaveCampaignDto } from '../src/modules/surveys/dto/save-campaign.dto';
import { SaveSurveyDto } from '../src/modules/surveys/dto/save-survey.dto';
import { AttemptScheduler } from '../src/modules/surveys/scheduling/attempt-scheduler.service';
import { SurveysService } from '../src/modules/surveys/surveys.service';
import { ExtensionDirectory } from '../src/modules/users/extension-directory.service';
import { benchAgents } from './bench-agents';
import { benchConfig } from './bench-config';
import { LOAD_CREDENTIALS } from './pop-plan';
import { percentile } from './stats';
import { SurveyCollect, SurveyLoadPlan, SurveyLoadReport } from './survey-plan';

const ATTEMPTS = Number(process.env['BENCH_SURVEY_ATTEMPTS'] ?? 10_000);
const SPREAD_MS = 60_000;
/** Scheduling 10,000 attempts takes a while; the first falls due after it is done. */
const LEAD_MS = 45_000;
/**
 * Calls placed first and not measured, as the pop bench warms up: the worker's and the API's code paths, pools
 * and prepared statements are then as warm as in a worker that has been running.
 */
const WARM_UP = { attempts: 1000, leadMs: 5000, spreadMs: 10_000 };
const SCHEDULING_CONCURRENCY = 16;
/** Inbound calls popping on the agents' screens while the surveys are dialed. */
const POPS_PER_SECOND = 50;

/**
 * Survey calls at scale: 10,000 attempts falling due over one minute, dialed by the real worker process into
 * the scripted AMI PBX, which answers each at once, while inbound calls pop on 300 agents' screens. Lateness is
 * when the Originate reached the PBX minus when the attempt was due. The PBX and the agents run in a second
 * process (survey-load.ts), the worker in a third; this one runs the API.
 */
export async function surveyLateness(
  databaseUrl: string,
  clients: number,
  seededClientId: (i: number) => string,
): Promise<string[]> {
  const load = fork(join(__dirname, 'survey-load.js'));
  const [{ amiPort }] = (await once(load, 'message')) as [{ amiPort: number }];
  const config = benchConfig(databaseUrl, {
    PBX_MODE: 'asterisk',
    AMI_HOST: '127.0.0.1',
    AMI_PORT: String(amiPort),
    AMI_USERNAME: LOAD_CREDENTIALS.username,
    AMI_SECRET: LOAD_CREDENTIALS.secret,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const worker = fork(join(__dirname, 'survey-worker.js'));
  try {
    const db = app.get(DataSource);
    await db.query(`DELETE FROM survey_campaigns WHERE name LIKE 'bench%'`);
    await db.query(`DELETE FROM surveys WHERE name = 'bench'`);
    await app.get<Queue>(getQueueToken(QUEUES.surveyCall)).obliterate({ force: true });
    worker.send(config);
    await once(worker, 'message');
    const agents = await benchAgents(db);
    await app.get(ExtensionDirectory).reload();
    const plan: SurveyLoadPlan = {
      url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
      tokens: await Promise.all(
        agents.map((agent) => app.get(AuthService).signIn(agent, { userAgent: 'bench' })),
      ),
      extensions: agents.map((agent) => agent.extension ?? ''),
      clients,
      popsPerSecond: POPS_PER_SECOND,
    };
    load.send(plan);
    await once(load, 'message');
    const [warmUp, campaign] = await benchCampaigns(app.get(SurveysService), app.get(CampaignsService));
    const scheduler = app.get(AttemptScheduler);
    const schedule = async (campaignId: string, count: number, firstDue: number, spreadMs: number) => {
      const record = await app.get(CampaignsService).record(campaignId);
      let next = 0;
      await Promise.all(
        Array.from({ length: SCHEDULING_CONCURRENCY }, async () => {
          for (let i = next++; i < count; i = next++) {
            const at = new Date(firstDue + Math.floor((i * spreadMs) / count));
            await scheduler.enter(record, { clientId: seededClientId(1 + i), orderId: null }, at);
          }
        }),
      );
    };
    const warmUpDue = Date.now() + WARM_UP.leadMs;
    await schedule(warmUp, WARM_UP.attempts, warmUpDue, WARM_UP.spreadMs);
    await new Promise((resolve) => setTimeout(resolve, warmUpDue + WARM_UP.spreadMs - Date.now()));
    const firstDue = Date.now() + LEAD_MS;
    const scheduling = Date.now();
    await schedule(campaign, ATTEMPTS, firstDue, SPREAD_MS);
    const scheduledIn = Date.now() - scheduling;
    const due = new Map<string, number>(
      (
        (await db.query(`SELECT id, due_at AS "dueAt" FROM survey_attempts WHERE campaign_id = $1`, [
          campaign,
        ])) as {
          id: string;
          dueAt: Date;
        }[]
      ).map(({ id, dueAt }) => [id, dueAt.getTime()]),
    );
    const collect: SurveyCollect = {
      expected: WARM_UP.attempts + due.size,
      firstDue,
      deadline: firstDue + SPREAD_MS + 60_000,
    };
    const reported = once(load, 'message') as Promise<[SurveyLoadReport]>;
    load.send(collect);
    const [{ arrivals, pops, popsPlaced, agents: agentCount }] = await reported;
    const measured = arrivals.filter(([id]) => due.has(id));
    const sorted = measured.map(([id, at]) => at - (due.get(id) ?? at)).sort((a, b) => a - b);
    const perSecond = new Map<number, number>();
    for (const [, at] of measured)
      perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    const peak = Math.max(...perSecond.values());
    const times = measured.map(([, at]) => at);
    const span = (Math.max(...times) - Math.min(...times)) / 1000;
    const ms = (p: number, values: number[]) => `p${p} ${percentile(values, p).toFixed(0)} ms`;
    return [
      `${'surveys: attempts scheduled'.padEnd(44)} ${due.size} in ${(scheduledIn / 1000).toFixed(1)} s (${Math.round(due.size / (scheduledIn / 1000))}/s)`,
      `${'surveys: lateness (originate − due)'.padEnd(44)} ${ms(50, sorted)}, ${ms(99, sorted)}, max ${sorted[sorted.length - 1]?.toFixed(0)} ms  (${sorted.length}/${due.size} called; target p99 ≤ 250 ms)`,
      `${'surveys: originates per second'.padEnd(44)} mean ${(measured.length / span).toFixed(0)}, peak ${peak}  (over ${span.toFixed(0)} s)`,
      `${'surveys: screen-pop meanwhile'.padEnd(44)} p50 ${percentile(pops, 50).toFixed(1)} ms, p99 ${percentile(pops, 99).toFixed(1)} ms  (${pops.length}/${popsPlaced} pops at ${POPS_PER_SECOND} calls/s, ${agentCount} agents)`,
    ];
  } finally {
    worker.send('stop');
    await once(worker, 'exit');
    load.kill();
    await app.close();
  }
}

/**
 * A one-question survey on two manual campaigns (warm-up and measured) with the most lines a campaign may have,
 * calling at any hour.
 */
async function benchCampaigns(surveys: SurveysService, campaigns: CampaignsService): Promise<string[]> {
  const survey = await surveys.create(
    Object.assign(new SaveSurveyDto(), {
      name: 'bench',
      questions: [{ kind: 'scale5', prompts: [{ language: 'uk', text: 'Оцініть нас' }] }],
    }),
  );
  const campaign = async (name: string) => {
    const { id } = await campaigns.create(
      Object.assign(new SaveCampaignDto(), {
        name,
        surveyId: survey.id,
        trigger: { kind: 'manual' },
        delayMinutes: 0,
        window: { from: '00:00', to: '23:59', days: [1, 2, 3, 4, 5, 6, 7], timeZone: 'UTC' },
        maxAttempts: 1,
        retryMinutes: { noAnswer: 60, busy: 60, failed: 60 },
        maxConcurrentCalls: 100,
        consentRequired: false,
        doNotCall: [],
      }),
    );
    await campaigns.transit(id, 'start');
    return id;
  };
  return [await campaign('bench warm-up'), await campaign('bench')];
}
