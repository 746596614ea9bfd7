import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aStage } from '../../../testing/fixtures';
import { aCampaign, aSurveySummary } from '../../../testing/survey-fixtures';
import { CampaignsStore } from './campaigns.store';

describe('CampaignsStore', () => {
  let store: CampaignsStore;
  let http: HttpTestingController;
  const {
    id: _id,
    surveyName: _s,
    status: _st,
    counts: _c,
    createdAt: _ca,
    updatedAt: _u,
    ...request
  } = aCampaign();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CampaignsStore],
    });
    store = TestBed.inject(CampaignsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function loaded(...campaigns: ReturnType<typeof aCampaign>[]): Promise<void> {
    const loading = store.load();
    http.expectOne('/api/campaigns').flush(campaigns);
    await loading;
  }

  it('loads the campaigns by name, once for the list and the editor', async () => {
    expect(store.empty()).toBe(false);
    await loaded(aCampaign({ id: 'c-2', name: 'Payments' }), aCampaign());
    expect(store.campaigns().map((campaign) => campaign.name)).toEqual(['Delivered orders', 'Payments']);
    await store.ensureLoaded();
    http.expectNone('/api/campaigns');
    expect(store.find('c-2')?.name).toBe('Payments');
    expect(store.find('nope')).toBeNull();
  });

  it('shows the empty state only after a load that found none', async () => {
    await loaded();
    expect(store.empty()).toBe(true);
  });

  it('loads the surveys and the funnel in its order for the editor', async () => {
    const loading = store.loadChoices();
    http.expectOne('/api/surveys').flush([aSurveySummary({ name: 'NPS', id: 's-2' }), aSurveySummary()]);
    http.expectOne('/api/order-stages').flush([aStage(), aStage({ id: 'stage-inquiry', position: 0 })]);
    await loading;
    expect(store.surveys().map((survey) => survey.id)).toEqual(['s-1', 's-2']);
    expect(store.stages().map((stage) => stage.id)).toEqual(['stage-inquiry', 'stage-paid']);
  });

  it('creates and replaces a campaign, keeping the list in step', async () => {
    await loaded();
    const created = store.save(request, null);
    const post = http.expectOne({ method: 'POST', url: '/api/campaigns' });
    expect(post.request.body).toEqual(request);
    post.flush(aCampaign());
    expect((await created).ok).toBe(true);
    expect(store.campaigns()).toEqual([aCampaign()]);

    const replaced = store.save({ ...request, name: 'Renamed' }, 'c-1');
    http.expectOne({ method: 'PUT', url: '/api/campaigns/c-1' }).flush(aCampaign({ name: 'Renamed' }));
    await replaced;
    expect(store.campaigns().map((campaign) => campaign.name)).toEqual(['Renamed']);
  });

  it('returns refused fields by their path in the request', async () => {
    const saved = store.save(request, null);
    http.expectOne({ method: 'POST', url: '/api/campaigns' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'x',
        details: [
          { field: 'window.to', reason: 'x', code: 'INVALID' },
          { field: 'doNotCall.0', reason: 'x', code: 'INVALID_FORMAT' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await saved).toEqual({
      ok: false,
      fieldErrors: {
        'window.to': 'validation.server.INVALID',
        'doNotCall.0': 'validation.server.INVALID_FORMAT',
      },
      messageKey: null,
    });
  });

  it('runs an action on the campaign and takes the campaign the server answers', async () => {
    await loaded(aCampaign());
    const started = store.act(aCampaign(), 'start');
    expect(store.acting()).toBe('c-1');
    http
      .expectOne({ method: 'POST', url: '/api/campaigns/c-1/start' })
      .flush(aCampaign({ status: 'running' }));
    expect(await started).toBeNull();
    expect(store.acting()).toBeNull();
    expect(store.campaigns()[0].status).toBe('running');

    const stopped = store.act(aCampaign(), 'stop');
    http
      .expectOne({ method: 'POST', url: '/api/campaigns/c-1/stop' })
      .flush({ code: 'FORBIDDEN', message: 'x' }, { status: 403, statusText: 'x' });
    expect(await stopped).toBe('errors.forbidden');
    expect(store.campaigns()[0].status).toBe('running');
  });

  it('adds a segment to a manual campaign, then reloads its counts', async () => {
    const manual = aCampaign({ trigger: { kind: 'manual' } });
    const added = store.addSegment(manual, 'seg-1');
    const post = http.expectOne({ method: 'POST', url: '/api/campaigns/c-1/targets' });
    expect(post.request.body).toEqual({ segmentId: 'seg-1' });
    post.flush({ added: 12 });
    expect(await added).toEqual({ ok: true, value: 12 });
    http.expectOne('/api/campaigns').flush([manual]);
  });

  it('offers no segments when they cannot be read', async () => {
    const loading = store.loadSegments();
    http.expectOne('/api/client-segments').flush(null, { status: 500, statusText: 'x' });
    await loading;
    expect(store.segments()).toEqual([]);
  });
});
