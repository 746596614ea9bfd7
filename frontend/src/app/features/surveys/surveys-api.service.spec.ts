import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { aCampaign, aSurvey, someResults } from '../../testing/survey-fixtures';
import { SurveysApiService } from './surveys-api.service';

describe('SurveysApiService', () => {
  let api: SurveysApiService;
  let http: HttpTestingController;
  const prompt = { surveyId: 's 1', questionId: 'q-1', language: 'uk' as const };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(SurveysApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('creates a survey with POST and replaces one with PUT at its own address', async () => {
    const request = { name: 'After delivery', questions: [] };
    const created = firstValueFrom(api.saveSurvey(request, null));
    const post = http.expectOne({ method: 'POST', url: '/api/surveys' });
    expect(post.request.body).toEqual(request);
    post.flush(aSurvey());
    await created;

    const replaced = firstValueFrom(api.saveSurvey(request, 's-1'));
    http.expectOne({ method: 'PUT', url: '/api/surveys/s-1' }).flush(aSurvey());
    expect(await replaced).toEqual(aSurvey());

    const removed = firstValueFrom(api.deleteSurvey('s-1'), { defaultValue: undefined });
    http
      .expectOne({ method: 'DELETE', url: '/api/surveys/s-1' })
      .flush(null, { status: 204, statusText: 'No' });
    await removed;
  });

  it('uploads a recording as multipart field `file`, removes it, and reads the audio as a blob', async () => {
    const file = new File(['RIFF'], 'hello.wav', { type: 'audio/wav' });
    const uploaded = firstValueFrom(api.uploadRecording(prompt, file));
    const put = http.expectOne({
      method: 'PUT',
      url: '/api/surveys/s%201/questions/q-1/prompts/uk/recording',
    });
    const body = put.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('hello.wav');
    put.flush(aSurvey());
    await uploaded;

    const removed = firstValueFrom(api.deleteRecording(prompt));
    http
      .expectOne({ method: 'DELETE', url: '/api/surveys/s%201/questions/q-1/prompts/uk/recording' })
      .flush(aSurvey());
    await removed;

    const audio = firstValueFrom(api.promptAudio(prompt));
    const get = http.expectOne({ method: 'GET', url: '/api/surveys/s%201/questions/q-1/prompts/uk/audio' });
    expect(get.request.responseType).toBe('blob');
    get.flush(new Blob(['RIFF'], { type: 'audio/wav' }));
    expect((await audio).type).toBe('audio/wav');
  });

  it('posts each campaign action and the targets to the campaign', async () => {
    for (const action of ['start', 'pause', 'resume', 'stop'] as const) {
      const done = firstValueFrom(api.campaignAction('c-1', action));
      http.expectOne({ method: 'POST', url: `/api/campaigns/c-1/${action}` }).flush(aCampaign());
      await done;
    }
    const added = firstValueFrom(api.addTargets('c-1', { segmentId: 'seg-1' }));
    const post = http.expectOne({ method: 'POST', url: '/api/campaigns/c-1/targets' });
    expect(post.request.body).toEqual({ segmentId: 'seg-1' });
    post.flush({ added: 7 });
    expect(await added).toEqual({ added: 7 });
  });

  it('asks for results and responses of a period, leaving out filters not given', async () => {
    const results = firstValueFrom(api.results('s-1', { from: '2026-11-01', to: '2026-11-30' }));
    const get = http.expectOne((request) => request.url === '/api/surveys/s-1/results');
    expect(get.request.params.toString()).toBe('from=2026-11-01&to=2026-11-30');
    get.flush(someResults());
    await results;

    const page = firstValueFrom(
      api.responses('s-1', {
        from: '2026-11-01',
        to: '2026-11-30',
        questionId: 'q-1',
        value: 0,
        page: 2,
        pageSize: 10,
      }),
    );
    const responses = http.expectOne((request) => request.url === '/api/surveys/s-1/responses');
    expect(responses.request.params.toString()).toBe(
      'from=2026-11-01&to=2026-11-30&questionId=q-1&value=0&page=2&pageSize=10',
    );
    responses.flush({ items: [], total: 0, page: 2, pageSize: 10 });
    await page;
  });

  it('reads the survey answers of an order and of a client', async () => {
    const ofOrder = firstValueFrom(api.responsesOf('orders', 'o-1'));
    http.expectOne({ method: 'GET', url: '/api/orders/o-1/survey-responses' }).flush([]);
    const ofClient = firstValueFrom(api.responsesOf('clients', 'cl-1'));
    http.expectOne({ method: 'GET', url: '/api/clients/cl-1/survey-responses' }).flush([]);
    expect(await Promise.all([ofOrder, ofClient])).toEqual([[], []]);
  });

  it('downloads an export with the token-bearing client, for the period shown', async () => {
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const saved = api.exportResults('s-1', { from: '2026-11-01', to: '2026-11-30' }, 'xlsx');
    const get = http.expectOne('/api/surveys/s-1/results/export?format=xlsx&from=2026-11-01&to=2026-11-30');
    expect(get.request.responseType).toBe('blob');
    get.flush(new Blob(['x']));
    await saved;
    expect(click).toHaveBeenCalledTimes(1);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:x');
    Object.assign(URL, original);
    click.mockRestore();
  });
});
