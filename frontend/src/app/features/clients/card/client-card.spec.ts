import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { BonusAccount, Client, ClientFinance } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { SessionStore } from '../../../core/auth/session.store';
import { LanguageService } from '../../../core/i18n/language.service';
import { settle } from '../../../testing/dom';
import { ClientCard } from './client-card';

function aPerson(overrides: Partial<Client> = {}): Client {
  return {
    id: 'c-1',
    kind: 'person',
    displayName: 'Petrenko Olena',
    firstName: 'Olena',
    lastName: 'Petrenko',
    middleName: null,
    birthDate: null,
    gender: null,
    legalName: null,
    taxId: '1234567890',
    registrationNumbers: [],
    bankDetails: null,
    legalAddress: null,
    deliveryAddress: null,
    phones: [],
    emails: [],
    contacts: [],
    category: null,
    tags: [],
    source: null,
    status: 'active',
    manager: { id: 'u-2', displayName: 'Ivan Manager' },
    doNotCall: false,
    noMarketing: false,
    callConsent: false,
    familyMembers: [],
    importantDates: [],
    customFields: {},
    lastContactAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: null,
    deletedAt: null,
    ...overrides,
  };
}

const FINANCE: ClientFinance = {
  debt: { total: '749.50', overdue: '149.50', currency: 'UAH' },
  bonusBalance: '25.00',
  openOrders: [
    {
      id: 'o-1',
      number: '2026-000007',
      stage: 'inquiry',
      stageName: 'Inquiry',
      stageNameTranslations: {},
      total: '1000.00',
      paid: '250.50',
      debt: '749.50',
      currency: 'UAH',
      createdAt: '2026-03-05T10:00:00.000Z',
    },
  ],
};

const BONUSES: BonusAccount = { balance: '25.00', currency: 'UAH', entries: [] };

describe('ClientCard', () => {
  let fixture: ComponentFixture<ClientCard>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    element().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  async function open(client: Client): Promise<void> {
    fixture = TestBed.createComponent(ClientCard);
    fixture.componentRef.setInput('id', client.id);
    await fixture.whenStable();
    http.expectOne('/api/clients/c-1').flush(client);
    await settle(fixture);
    http.expectOne('/api/clients/c-1/finance').flush(FINANCE);
    http.expectOne('/api/clients/c-1/documents').flush([]);
    http.expectOne('/api/client-fields').flush([]);
    http.expectOne('/api/clients/c-1/bonuses').flush(BONUSES);
    http.expectOne('/api/clients/c-1/attachments').flush([]);
    await settle(fixture);
    http.expectOne('/api/clients/c-1/survey-responses').flush([]);
    await settle(fixture);
  }

  async function openTab(label: string): Promise<void> {
    const tabs = [...element().querySelectorAll<HTMLElement>('[role="tab"]')];
    tabs.find((tab) => tab.textContent?.trim() === label)?.click();
    await settle(fixture);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        ClientCard,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
        { provide: SessionStore, useValue: { role: signal('operator') } },
        { provide: LanguageService, useValue: { language: signal('en') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("shows a person's tax id and manager in the overview", async () => {
    await open(aPerson());
    expect(text('client-tax-id')).toBe('1234567890');
    expect(text('client-manager')).toBe('Ivan Manager');
  });

  it('shows a dash where the tax id or the manager is not known', async () => {
    await open(aPerson({ taxId: null, manager: null }));
    expect(text('client-tax-id')).toBe('—');
    expect(text('client-manager')).toBe('—');
  });

  it('writes the debt, overdue and bonuses with their currency', async () => {
    await open(aPerson());
    expect(text('client-debt')).toBe('₴749.50');
    expect(text('client-overdue')).toBe(`${en.clients.card.overdue}: ₴149.50`);
    expect(text('client-bonuses')).toBe('₴25.00');
  });

  it('lists open orders as a table of number, date, stage, total, paid and debt', async () => {
    await open(aPerson());
    await openTab(en.clients.card.orders);
    const headers = [...element().querySelectorAll('[data-testid="client-orders"] th')].map((cell) =>
      cell.textContent?.trim(),
    );
    expect(headers).toEqual([
      en.orders.number,
      en.orders.createdAt,
      en.orders.stage,
      en.orders.total,
      en.orders.paid,
      en.orders.debt,
    ]);
    const cells = [...element().querySelectorAll('[data-testid="client-order"] td')].map((cell) =>
      cell.textContent?.trim(),
    );
    expect(cells).toEqual(['2026-000007', '3/5/26', 'Inquiry', '₴1,000.00', '₴250.50', '₴749.50']);
    expect(element().querySelector('[data-testid="client-order"] a')?.getAttribute('href')).toBe(
      '/orders/o-1',
    );
  });

  it("loads the client's open tasks when the tasks tab opens instead of promising them", async () => {
    await open(aPerson());
    await openTab(en.clients.card.tasks);
    http
      .expectOne((request) => request.url === '/api/tasks' && request.params.get('clientId') === 'c-1')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await settle(fixture);
    expect(text('client-tasks-empty')).toBe(en.clients.card.noTasks);
  });
});
