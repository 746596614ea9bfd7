import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { ScriptedAmiServer, answerSurveyCalls } from '@switchboard/telephony/test-pbx';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { QUEUES } from '../src/core/queues/queues';
import { surveyAttemptOf } from '@switchboard/telephony';
import { CampaignsService } from '../src/modules/surveys/campaigns.service';
import { SaveCampaignDto } from '../src/modules/surveys/dto/save-campaign.dto';
import { SaveSurveyDto } from '../src/modules/surveys/dto/save-survey.dto';
import { AttemptScheduler } from '../src/modules/surveys/scheduling/attempt-scheduler.service';
import { SurveysService } from '../src/modules/surveys/surveys.service';
import { benchConfig } from './bench-config';
import { LOAD_CREDENTIALS } from './pop-plan';
import { percentile } from './stats';

const ATTEMPTS = Number(process.env['BENCH_SURVEY_ATTEMPTS'] ?? 10_000);
const SPREAD_MS = 60_000;
/** Scheduling 10,000 attempts takes a while; the first falls due after it is done. */
const LEAD_MS = 45_000;
const SCHEDULING_CONCURRENCY = 16;

/**
 * Survey calls at scale: 10,000 attempts falling due over one minute, dialed by the real worker process into
 * the scripted AMI PBX, which answers each at once. Lateness is when the Originate reached the PBX minus when
 * the attempt was due; the PBX also counts originates per second.
 */
export async function surveyLateness(
  databaseUrl: string,
  seededClientId: (i: number) => string,
): Promise<string[]> {
  const pbx = new ScriptedAmiServer(LOAD_CREDENTIALS);
  const amiPort = await pbx.listen();
  const env = {
    PBX_MODE: 'asterisk',
    AMI_HOST: '127.0.0.1',
    AMI_PORT: String(amiPort),
    AMI_USERNAME: LOAD_CREDENTIALS.username,
    AMI_SECRET: LOAD_CREDENTIALS.secret,
  };
  const responses = answerSurveyCalls(pbx, () => ({ outcome: 'answered', keys: ['5'] }), 5);
  const arrivals = new Map<string, number>();
  const answer = pbx.scriptOf('Originate');
  pbx.onAction('Originate', (action) => {
    arrivals.set(surveyAttemptOf(action['channelid']) ?? '', Date.now());
    return answer?.(action) ?? [];
  });
  const config = benchConfig(databaseUrl, env);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const worker = fork(join(__dirname, 'survey-worker.js'));
  try {
    const db = app.get(DataSource);
    await db.query(`DELETE FROM survey_campaigns WHERE name = 'bench'`);
    await db.query(`DELETE FROM surveys WHERE name = 'bench'`);
    await app.get<Queue>(getQueueToken(QUEUES.surveyCall)).obliterate({ force: true });
    worker.send(config);
    await once(worker, 'message');
    const campaign = await benchCampaign(app.get(SurveysService), app.get(CampaignsService));
    const record = await app.get(CampaignsService).record(campaign);
    const scheduler = app.get(AttemptScheduler);
    const firstDue = Date.now() + LEAD_MS;
    const scheduling = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: SCHEDULING_CONCURRENCY }, async () => {
        for (let i = next++; i < ATTEMPTS; i = next++) {
          const at = new Date(firstDue + Math.floor((i * SPREAD_MS) / ATTEMPTS));
          await scheduler.enter(record, { clientId: seededClientId(1 + i), orderId: null }, at);
        }
      }),
    );
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
    const deadline = firstDue + SPREAD_MS + 60_000;
    while (arrivals.size < due.size && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 500));
    const lateness = [...arrivals].filter(([id]) => due.has(id)).map(([id, at]) => at - (due.get(id) ?? at));
    const sorted = lateness.sort((a, b) => a - b);
    const perSecond = new Map<number, number>();
    for (const at of arrivals.values())
      perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    const peak = Math.max(...perSecond.values());
    const span = (Math.max(...arrivals.values()) - Math.min(...arrivals.values())) / 1000;
    return [
      `${'surveys: attempts scheduled'.padEnd(44)} ${due.size} in ${(scheduledIn / 1000).toFixed(1)} s (${Math.round(due.size / (scheduledIn / 1000))}/s)`,
      `${'surveys: lateness (originate − due)'.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms  (${sorted.length}/${due.size} called; target p99 ≤ 250 ms)`,
      `${'surveys: originates per second'.padEnd(44)} mean ${(arrivals.size / span).toFixed(0)}, peak ${peak}  (over ${span.toFixed(0)} s)`,
    ];
  } finally {
    worker.send('stop');
    await once(worker, 'exit');
    responses.stop();
    await app.close();
    await pbx.close();
  }
}

/** A one-question survey on a manual campaign with the most lines a campaign may have, calling at any hour. */
async function benchCampaign(surveys: SurveysService, campaigns: CampaignsService): Promise<string> {
  const survey = await surveys.create(
    Object.assign(new SaveSurveyDto(), {
      name: 'bench',
      questions: [{ kind: 'scale5', prompts: [{ language: 'uk', text: 'Оцініть нас' }] }],
    }),
  );
  const { id } = await campaigns.create(
    Object.assign(new SaveCampaignDto(), {
      name: 'bench',
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
}
