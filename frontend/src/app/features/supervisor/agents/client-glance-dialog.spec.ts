import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Client, ClientFinance } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle } from '../../../testing/dom';
import { provideTestDates } from '../../../testing/dates';
import { ClientGlanceDialog } from './client-glance-dialog';

const client = {
  id: 'c-9',
  kind: 'person',
  displayName: 'Taras Shevchuk',
  status: 'active',
  category: null,
  phones: [{ id: 'p1', label: 'mobile', number: '093 111 22 33', e164: '+380931112233' }],
  emails: [{ id: 'e1', label: null, email: 'taras@example.com' }],
  manager: { id: 'u-5', displayName: 'Maria Manager' },
  tags: ['vip'],
} as unknown as Client;

const finance: ClientFinance = {
  debt: { total: '120.50', overdue: '20.00', currency: 'UAH' },
  bonusBalance: '15.00',
  openOrders: [
    {
      id: 'o-1',
      number: '2026-000123',
      stage: 'new',
      stageName: 'New',
      stageNameTranslations: {},
      total: '2500.00',
      paid: '0.00',
      debt: '2500.00',
      currency: 'UAH',
      createdAt: '2026-12-01T10:00:00.000Z',
    },
  ],
};

describe('ClientGlanceDialog', () => {
  let fixture: ComponentFixture<ClientGlanceDialog>;
  let http: HttpTestingController;
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        ClientGlanceDialog,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestDates(),
        { provide: MAT_DIALOG_DATA, useValue: { clientId: 'c-9' } },
        { provide: MatDialogRef, useValue: { close: vi.fn() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientGlanceDialog);
    await settle(fixture);
  });

  it("shows the client's main data, debt and open orders, with nothing to change", async () => {
    http.expectOne('/api/clients/c-9').flush(client);
    http.expectOne('/api/clients/c-9/finance').flush(finance);
    await settle(fixture);
    expect(byTestId(fixture, 'client-glance-name')?.textContent?.trim()).toBe('Taras Shevchuk');
    expect(text()).toContain('(mobile)');
    expect(text()).toContain('taras@example.com');
    expect(text()).toContain('Maria Manager');
    expect(byTestId(fixture, 'client-glance-debt')?.textContent?.trim()).toBe('₴120.50');
    expect(text()).toContain('2026-000123');
    expect(byTestId(fixture, 'client-glance-open')?.getAttribute('href')).toBe('/clients/c-9');
    expect((fixture.nativeElement as HTMLElement).querySelector('input, textarea, select')).toBeNull();
  });

  it('says why when the client cannot be loaded', async () => {
    http
      .expectOne('/api/clients/c-9')
      .flush(
        { code: 'CLIENT_NOT_FOUND', message: 'No such client' },
        { status: 404, statusText: 'Not Found' },
      );
    http.expectOne('/api/clients/c-9/finance').flush(null, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      en.errors.unexpected,
    );
  });
});
