import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SaveCampaignRequest, Survey } from '@switchboard/contracts';
import { AuthHeader, userHeader } from './helpers/auth-headers';
import { SurveyTestbed, startSurveyTestbed } from './helpers/survey-testbed';
import { TestApp } from './helpers/test-app';

describe('survey and campaign API: validation, results, recordings', () => {
  let bed: SurveyTestbed;
  let t: TestApp;
  let admin: AuthHeader;
  let operator: AuthHeader;
  let survey: Survey;
  const waitFor: SurveyTestbed['waitFor'] = (read, done, ms) => bed.waitFor(read, done, ms);
  const attempts = (campaignId: string) => bed.attempts(campaignId);
  const newClient = (phone: string, fields?: Record<string, unknown>) => bed.newClient(phone, fields);
  const campaign = (fields?: Partial<SaveCampaignRequest>) => bed.campaign(fields);

  beforeAll(async () => {
    bed = await startSurveyTestbed();
    ({ t, admin, operator, survey } = bed);
  }, 90_000);
  afterEach(() => bed.stopAll());
  afterAll(() => bed.close());

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
    // A survey a campaign uses stays.
    await campaign();
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
    bed.replies.set('+380671120001', { outcome: 'answered', keys: ['5', '1'] });
    bed.replies.set('+380671120002', { outcome: 'answered', keys: ['2', '2'] });
    bed.replies.set('+380671120003', { outcome: 'busy' });
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
    const stereo = join(bed.promptsDir, 'upload.wav');
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
});
