import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { CallHistoryStore, dayBounds } from './call-history.store';

describe('CallHistoryStore', () => {
  let store: CallHistoryStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [CallHistoryStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CallHistoryStore);
    http = TestBed.inject(HttpTestingController);
  });

  it('asks for the agent own calls with the filter and goes back to the first page', () => {
    store.results.setPage(2, 50);
    http.expectOne(() => true).flush({ items: [], total: 0, page: 3, pageSize: 50 });
    store.setFilter({ direction: 'inbound', disposition: 'no-answer', from: '2026-01-05' });
    const request = http.expectOne(() => true).request;
    expect(request.params.get('scope')).toBe('mine');
    expect(request.params.get('direction')).toBe('inbound');
    expect(request.params.get('disposition')).toBe('no-answer');
    expect(request.params.get('page')).toBe('1');
    expect(request.params.get('from')).toBe(new Date('2026-01-05T00:00:00').toISOString());
    expect(request.params.has('to')).toBe(false);
  });

  it('asks for every missed call with the missed filter', () => {
    store.setFilter({ disposition: 'missed' });
    const request = http.expectOne(() => true).request;
    expect(request.params.get('missed')).toBe('true');
    expect(request.params.has('disposition')).toBe(false);
  });

  it('includes the whole last day of the range', () => {
    expect(dayBounds({ to: '2026-01-05' }).to).toBe(new Date('2026-01-06T00:00:00').toISOString());
  });

  it('is empty only once a request has answered with nothing', () => {
    store.results.load();
    expect(store.results.empty()).toBe(false);
    http.expectOne(() => true).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    expect(store.results.empty()).toBe(true);
  });
});
