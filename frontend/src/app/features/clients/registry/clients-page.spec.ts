import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Language } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { provideTestDates } from '../../../testing/dates';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { ClientsPage } from './clients-page';
import { ClientsRegistryStore } from './clients-registry.store';

const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 20 };
const DEBOUNCE_PASSED_MS = 300;

describe('ClientsPage filter bar', () => {
  let fixture: ComponentFixture<ClientsPage>;
  let http: HttpTestingController;
  const language = signal<Language>('en');

  const element = () => fixture.nativeElement as HTMLElement;
  const chips = () => [...element().querySelectorAll<HTMLElement>('[data-testid="filter-chip"]')];
  const listRequests = () => http.match((request) => request.url === '/api/clients');
  const afterDebounce = async () => {
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_PASSED_MS));
    await settle(fixture);
  };
  const lastList = (): TestRequest => {
    const requests = listRequests();
    requests.forEach((request) => request.cancelled || request.flush(EMPTY_PAGE));
    return requests[requests.length - 1];
  };

  beforeEach(async () => {
    localStorage.clear();
    language.set('en');
    TestBed.configureTestingModule({
      imports: [
        ClientsPage,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        ClientsRegistryStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestDates(language),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientsPage);
    await fixture.whenStable();
    http
      .match(() => true)
      .forEach((request) => request.flush(request.request.url === '/api/clients' ? EMPTY_PAGE : []));
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('keeps the other filters folded away until asked for', async () => {
    expect(byTestId(fixture, 'clients-search')).not.toBeNull();
    expect(byTestId(fixture, 'clients-filter-category')).toBeNull();
    byTestId(fixture, 'clients-filters-toggle')?.click();
    await settle(fixture);
    expect(byTestId(fixture, 'clients-filter-category')).not.toBeNull();
  });

  it('shows each active filter as a chip, and removing a chip clears only that filter', async () => {
    byTestId(fixture, 'clients-filters-toggle')?.click();
    await settle(fixture);
    typeInto(fixture, 'clients-filter-category', 'vip');
    typeInto(fixture, 'clients-filter-tag', 'wine');
    typeInto(fixture, 'clients-filter-contact-from', '12/2/2026');
    await afterDebounce();
    const filtered = lastList().request.params;
    expect(filtered.get('category')).toBe('vip');
    expect(filtered.get('lastContactFrom')).toBe('2026-12-02');
    expect(chips().map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Category: vip cancel',
      'Tag: wine cancel',
      'Last contact from: Dec 2, 2026 cancel',
    ]);

    chips()[0].querySelector<HTMLButtonElement>('[matChipRemove]')?.click();
    await afterDebounce();
    const params = lastList().request.params;
    expect(params.has('category')).toBe(false);
    expect(params.get('tag')).toBe('wine');
    expect(params.get('lastContactFrom')).toBe('2026-12-02');
    expect((byTestId(fixture, 'clients-filter-category') as HTMLInputElement).value).toBe('');
    expect(chips().map((chip) => chip.dataset['filter'])).toEqual(['tag', 'lastContactFrom']);

    chips()[1].querySelector<HTMLButtonElement>('[matChipRemove]')?.click();
    await afterDebounce();
    expect(lastList().request.params.has('lastContactFrom')).toBe(false);
    expect((byTestId(fixture, 'clients-filter-contact-from') as HTMLInputElement).value).toBe('');
  });

  it('reads a typed date in the Ukrainian order and rewrites it when the language switches', async () => {
    language.set('uk');
    TestBed.tick();
    byTestId(fixture, 'clients-filters-toggle')?.click();
    await settle(fixture);
    typeInto(fixture, 'clients-filter-contact-from', '02.12.2026');
    await afterDebounce();
    expect(lastList().request.params.get('lastContactFrom')).toBe('2026-12-02');
    const box = byTestId(fixture, 'clients-filter-contact-from') as HTMLInputElement;
    box.dispatchEvent(new Event('blur'));
    expect(box.value).toBe('02.12.2026');
    language.set('en');
    TestBed.tick();
    await settle(fixture);
    expect(box.value).toBe('12/2/2026');
  });

  it('switches the rows to compact and remembers it for the next visit', async () => {
    const table = () => element().querySelector('table');
    expect(table()?.classList).not.toContain('compact');
    byTestId(fixture, 'clients-density')?.click();
    await settle(fixture);
    expect(table()?.classList).toContain('compact');
    expect(byTestId(fixture, 'clients-density')?.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('sb.clients.density')).toBe('compact');
    expect(TestBed.runInInjectionContext(() => new ClientsRegistryStore()).density()).toBe('compact');
  });
});
