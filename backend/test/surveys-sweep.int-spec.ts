import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '../src/core/queues/queues';
import { SurveyAttemptsSweeper } from '../src/modules/surveys/calls/survey-attempts-sweeper.service';
import { SurveyTestbed, startSurveyTestbed } from './helpers/survey-testbed';

describe('the sweep of survey calls whose end or job was lost', () => {
  let bed: SurveyTestbed;
  let db: DataSource;
  let campaignId: string;

  /** An attempt as a lost call or a lost job leaves it, written straight into the table. */
  const attempt = async (phone: string, fields: Record<string, unknown>): Promise<string> => {
    const clientId = await bed.newClient(phone);
    const columns = { state: 'dialing', due_at: new Date(), ...fields };
    const names = Object.keys(columns);
    const [{ id }] = (await db.query(
      `INSERT INTO survey_attempts (campaign_id, client_id, subject, attempt, phone, language, time_zone, ${names.join(', ')})
       VALUES ($1, $2, $2, 1, $3, 'uk', 'Europe/Kyiv', ${names.map((_, i) => `$${i + 4}`).join(', ')}) RETURNING id`,
      [campaignId, clientId, phone, ...Object.values(columns)],
    )) as { id: string }[];
    return id;
  };
  const row = async (id: string) =>
    (
      (await db.query('SELECT state, note FROM survey_attempts WHERE id = $1', [id])) as { state: string }[]
    )[0];
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  beforeAll(async () => {
    bed = await startSurveyTestbed();
    db = bed.t.app.get(DataSource);
  }, 90_000);
  beforeEach(async () => {
    // The order-stage trigger never fires here: the only attempts are the ones each test writes.
    campaignId = (await bed.campaign({ retryMinutes: { noAnswer: 60, busy: 15, failed: 30 } })).id;
  });
  afterEach(() => bed.stopAll());
  afterAll(() => bed.close());

  it('fails a call the PBX never reported and schedules the next attempt; a fresh one is left alone', async () => {
    const lost = await attempt('+380671120001', { dialed_at: minutesAgo(5) });
    const ringing = await attempt('+380671120002', { dialed_at: minutesAgo(0.1) });

    const result = await bed.t.app.get(SurveyAttemptsSweeper).sweep();

    expect(result.neverReported).toBe(1);
    expect(await row(lost)).toEqual({
      state: 'failed',
      note: 'the PBX never said whether the client answered',
    });
    expect(await row(ringing)).toMatchObject({ state: 'dialing' });
    const attempts = await bed.attempts(campaignId);
    const next = attempts.find((candidate) => candidate.phone === '+380671120001' && candidate.attempt === 2);
    expect(next).toMatchObject({ state: 'scheduled' });
    expect(next!.dueAt.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect((await bed.t.app.get(SurveyAttemptsSweeper).sweep()).neverReported).toBe(0);
  });

  it('completes an answered call whose hang-up was never seen, with its answers in the timeline', async () => {
    const id = await attempt('+380671120003', { dialed_at: minutesAgo(20), answered_at: minutesAgo(20) });
    await db.query(
      'INSERT INTO survey_answers (attempt_id, question_id, value, answered_at) VALUES ($1, $2, 4, now())',
      [id, bed.survey.questions[0].id],
    );

    expect((await bed.t.app.get(SurveyAttemptsSweeper).sweep()).endLost).toBe(1);

    expect(await row(id)).toMatchObject({ state: 'completed' });
    const [{ clientId }] = (await db.query(
      'SELECT client_id AS "clientId" FROM survey_attempts WHERE id = $1',
      [id],
    )) as { clientId: string }[];
    const history = (await bed.t.http().get(`/api/clients/${clientId}/history`).set(bed.operator).expect(200))
      .body as { items: { kind: string }[] };
    expect(JSON.stringify(history.items.find((item) => item.kind === 'survey'))).toContain('"value":4');
  });

  it('gives a waiting attempt whose job Redis lost its job back, and the worker then calls', async () => {
    const id = await attempt('+380671120004', { state: 'scheduled', due_at: minutesAgo(10) });

    expect((await bed.t.app.get(SurveyAttemptsSweeper).sweep()).requeued).toBe(1);
    expect((await bed.t.app.get(SurveyAttemptsSweeper).sweep()).requeued).toBe(0);

    const done = await bed.waitFor(
      () => row(id),
      (current) => current.state === 'completed',
    );
    expect(done.state).toBe('completed');
    expect(bed.responses.calls.filter((call) => call.number === '+380671120004')).toHaveLength(1);
    const queue = bed.t.app.get<Queue>(getQueueToken(QUEUES.surveyCall));
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});
