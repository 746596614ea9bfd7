import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ClientsRegistryStore, storedColumns, storedDensity } from './clients-registry.store';

describe('ClientsRegistryStore', () => {
  let store: ClientsRegistryStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [ClientsRegistryStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ClientsRegistryStore);
    http = TestBed.inject(HttpTestingController);
  });

  it('sends the filter, sort and page, with custom field filters as JSON', () => {
    store.setSort('createdAt', 'desc');
    http.expectOne(() => true).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    store.setFilter({ q: '4567', customFields: [{ key: 'visits', op: 'gte', value: 3 }] });
    const request = http.expectOne(() => true).request;
    expect(request.params.get('q')).toBe('4567');
    expect(request.params.get('sort')).toBe('createdAt');
    expect(request.params.get('order')).toBe('desc');
    expect(request.params.get('page')).toBe('1');
    expect(JSON.parse(request.params.get('customFields') ?? '')).toEqual([
      { key: 'visits', op: 'gte', value: 3 },
    ]);
  });

  it('cancels a stale search when a newer one starts', () => {
    store.setFilter({ q: 'Ков' });
    store.setFilter({ q: 'Коваль' });
    const requests = http.match(() => true);
    expect(requests[0].cancelled).toBe(true);
    requests[1].flush({ items: [], total: 0, page: 1, pageSize: 20 });
    expect(store.results.empty()).toBe(true);
  });

  it('remembers the chosen columns in the browser, in registry order', () => {
    store.setColumns(['status', 'displayName']);
    expect(storedColumns(localStorage.getItem('sb.clients.columns'))).toEqual(['displayName', 'status']);
    expect(storedColumns('["gone"]')).toContain('displayName');
    expect(storedColumns('{broken')).toContain('displayName');
  });

  it('remembers the row density in the browser and reads anything unknown as comfortable', () => {
    expect(store.density()).toBe('comfortable');
    store.setDensity('compact');
    expect(localStorage.getItem('sb.clients.density')).toBe('compact');
    expect(storedDensity(localStorage.getItem('sb.clients.density'))).toBe('compact');
    expect(storedDensity('huge')).toBe('comfortable');
    expect(storedDensity(null)).toBe('comfortable');
  });
});
