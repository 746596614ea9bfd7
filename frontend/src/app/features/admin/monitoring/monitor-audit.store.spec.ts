import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MonitorSession, Page } from '@switchboard/contracts';

import { aMonitorSession, localIso } from '../../../testing/monitoring-fixtures';
import { MonitorAuditStore, sessionSeconds, shortCallId } from './monitor-audit.store';

const page = (items: MonitorSession[], total = items.length): Page<MonitorSession> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

describe('sessionSeconds', () => {
  it('counts a finished session from start to end, and a running one up to now', () => {
    expect(sessionSeconds(aMonitorSession(), Date.now())).toBe(330);
    const live = aMonitorSession({ endedAt: null });
    expect(sessionSeconds(live, new Date(2026, 11, 3, 10, 3, 5).getTime())).toBe(65);
  });

  it('never goes below zero when the clocks disagree', () => {
    expect(sessionSeconds(aMonitorSession({ endedAt: localIso(10, 1) }), 0)).toBe(0);
  });
});

describe('shortCallId', () => {
  it('keeps the first eight characters', () => {
    expect(shortCallId('3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b')).toBe('3f2a9c1e');
  });
});

describe('MonitorAuditStore', () => {
  let store: MonitorAuditStore;
  let http: HttpTestingController;

  const expectList = (): TestRequest => http.expectOne((request) => request.url === '/api/monitoring');
  const params = (request: TestRequest): Record<string, string | null> =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MonitorAuditStore],
    });
    store = TestBed.inject(MonitorAuditStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the first page with GET and holds the sessions and the total', () => {
    store.sessions.load();
    expect(store.sessions.loading()).toBe(true);
    const request = expectList();
    expect(request.request.method).toBe('GET');
    expect(params(request)).toEqual({ page: '1', pageSize: '20' });

    request.flush(page([aMonitorSession()], 41));
    expect(store.sessions.loading()).toBe(false);
    expect(store.sessions.items()).toEqual([aMonitorSession()]);
    expect(store.sessions.total()).toBe(41);
    expect(store.sessions.empty()).toBe(false);
  });

  it('asks for the 1-based page and the size the paginator chose', () => {
    store.sessions.setPage(2, 50);
    expect(params(expectList())).toEqual({ page: '3', pageSize: '50' });
  });

  it('keeps the server message of a refused load, and forgets it on the next load', () => {
    store.sessions.load();
    expectList().flush(
      { code: 'FORBIDDEN', message: 'Only admins read the monitoring audit' },
      { status: 403, statusText: 'Forbidden' },
    );
    expect(store.serverMessage()).toBe('Only admins read the monitoring audit');
    expect(store.sessions.errorKey()).toBe('errors.forbidden');
    expect(store.sessions.empty()).toBe(false);

    store.sessions.load();
    expect(store.serverMessage()).toBeNull();
    expectList().flush(page([]));
    expect(store.sessions.errorKey()).toBeNull();
    expect(store.sessions.empty()).toBe(true);
  });

  it('has no server message when the server could not be reached', () => {
    store.sessions.load();
    expectList().error(new ProgressEvent('error'), { status: 0 });
    expect(store.serverMessage()).toBeNull();
    expect(store.sessions.errorKey()).toBe('errors.network');
  });
});
