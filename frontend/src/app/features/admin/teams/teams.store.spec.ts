import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Team } from '@switchboard/contracts';

import { aUser } from '../../../testing/fixtures';
import { TeamsStore, toTeamSaveFailure } from './teams.store';

const aTeam = (overrides: Partial<Team> = {}): Team => ({
  id: 't-1',
  name: 'Sales',
  members: [{ id: 'u-1', displayName: 'Anna Operator', role: 'operator' }],
  queues: ['sales'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('toTeamSaveFailure', () => {
  it('puts a taken name, a missing member and a bad queue on their fields', () => {
    const failure = toTeamSaveFailure({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid',
      fieldErrors: [
        { field: 'name', code: 'TAKEN', reason: 'taken' },
        { field: 'memberIds', code: 'NOT_FOUND', reason: 'gone' },
        { field: 'queues.1', code: 'TOO_LONG', reason: 'long' },
      ],
    });
    expect(failure).toEqual({
      ok: false,
      fieldErrors: {
        name: 'teams.nameTaken',
        memberIds: 'teams.memberGone',
        queues: 'validation.server.TOO_LONG',
      },
      messageKey: null,
    });
  });

  it('turns a failure without fields into a message', () => {
    const failure = toTeamSaveFailure({ status: 404, code: 'NOT_FOUND', message: 'gone', fieldErrors: [] });
    expect(failure).toEqual({ ok: false, fieldErrors: {}, messageKey: 'errors.notFound' });
  });
});

describe('TeamsStore', () => {
  let store: TeamsStore;
  let http: HttpTestingController;

  const expectList = () => http.expectOne({ method: 'GET', url: '/api/teams' });
  const expectUsers = (page: number) =>
    http.expectOne((request) => request.url === '/api/users' && request.params.get('page') === String(page));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), TeamsStore],
    });
    store = TestBed.inject(TeamsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the teams, showing progress meanwhile and the empty state only once answered', () => {
    store.load();
    expect(store.loading()).toBe(true);
    expect(store.empty()).toBe(false);
    expectList().flush([]);
    expect(store.loading()).toBe(false);
    expect(store.empty()).toBe(true);
    store.load();
    expectList().flush([aTeam()]);
    expect(store.teams()).toEqual([aTeam()]);
    expect(store.empty()).toBe(false);
  });

  it('a failed load shows an error instead of the empty state', () => {
    store.load();
    expectList().flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    expect(store.errorKey()).toBe('errors.forbidden');
    expect(store.empty()).toBe(false);
  });

  it('creates with POST, updates with PUT, deletes, and reloads after each', async () => {
    const request = { name: 'Sales', memberIds: ['u-1'], queues: ['sales'] };
    const created = store.create(request);
    const post = http.expectOne({ method: 'POST', url: '/api/teams' });
    expect(post.request.body).toEqual(request);
    post.flush(aTeam());
    expect(await created).toEqual({ ok: true, value: aTeam() });
    expectList().flush([aTeam()]);

    const updated = store.update('t-1', { ...request, name: 'Sales 2' });
    http.expectOne({ method: 'PUT', url: '/api/teams/t-1' }).flush(aTeam({ name: 'Sales 2' }));
    expect((await updated).ok).toBe(true);
    expectList().flush([aTeam({ name: 'Sales 2' })]);

    const removed = store.remove(aTeam());
    http
      .expectOne({ method: 'DELETE', url: '/api/teams/t-1' })
      .flush(null, { status: 204, statusText: 'No' });
    expect((await removed).ok).toBe(true);
    expectList().flush([]);
    expect(store.empty()).toBe(true);
  });

  it('a refused save reports the fields and does not reload', async () => {
    const created = store.create({ name: 'Sales', memberIds: [], queues: [] });
    http
      .expectOne({ method: 'POST', url: '/api/teams' })
      .flush(
        { code: 'VALIDATION_FAILED', message: 'x', details: [{ field: 'name', code: 'TAKEN', reason: 'x' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(await created).toEqual({ ok: false, fieldErrors: { name: 'teams.nameTaken' }, messageKey: null });
  });

  it('loads every page of active users and the PBX queues; a PBX that is away leaves no suggestions', async () => {
    const loading = store.loadChoices();
    expect(store.choicesLoading()).toBe(true);
    http
      .expectOne('/api/agents/queues')
      .flush({ code: 'PBX_NOT_CONNECTED', message: 'x' }, { status: 503, statusText: 'x' });
    const first = expectUsers(1);
    expect(first.request.params.get('active')).toBe('true');
    expect(first.request.params.get('pageSize')).toBe('200');
    const many = Array.from({ length: 200 }, (_, index) =>
      aUser({ id: `u-${index}`, displayName: `User ${String(index).padStart(3, '0')}` }),
    );
    first.flush({ items: many, total: 201, page: 1, pageSize: 200 });
    await Promise.resolve();
    expectUsers(2).flush({
      items: [aUser({ id: 'boss', displayName: 'A boss', role: 'supervisor' })],
      total: 201,
      page: 2,
      pageSize: 200,
    });
    await loading;
    expect(store.users()).toHaveLength(201);
    expect(store.users()[0]).toEqual({ id: 'boss', displayName: 'A boss', role: 'supervisor' });
    expect(store.queueNames()).toEqual([]);
    expect(store.choicesLoading()).toBe(false);
    expect(store.choicesErrorKey()).toBeNull();
  });

  it('sorts the PBX queues it suggests', async () => {
    const loading = store.loadChoices();
    http.expectOne('/api/agents/queues').flush({ queues: ['support', 'sales'] });
    expectUsers(1).flush({ items: [], total: 0, page: 1, pageSize: 200 });
    await loading;
    expect(store.queueNames()).toEqual(['sales', 'support']);
  });
});
