import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DebtorsPage as DebtorsPageData } from '@switchboard/contracts';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import { SessionStore } from '../../../core/auth/session.store';
import { CallsApiService } from '../../../core/calls/calls-api.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { SipService } from '../../../core/sip/sip.service';
import { settle } from '../../../testing/dom';
import { OrdersApiService } from '../orders-api.service';
import { DebtorsPage } from './debtors-page';

const PAGE: DebtorsPageData = {
  items: [
    {
      client: { id: 'c-1', displayName: 'Шевченко Тарас' },
      phone: { number: '067 123 45 67', e164: '+380671234567' },
      debt: '949.50',
      overdue: '349.50',
      currency: 'UAH',
      orders: 2,
      lastPayment: { amount: '150.50', paidAt: '2026-02-20T09:00:00.000Z' },
    },
    {
      client: { id: 'c-2', displayName: 'ТОВ Ромашка' },
      phone: null,
      debt: '300.00',
      overdue: '0.00',
      currency: 'UAH',
      orders: 1,
      lastPayment: null,
    },
  ],
  total: 3,
  page: 1,
  pageSize: 20,
  totals: { debt: '12249.50', overdue: '349.50', orders: 4, currency: 'UAH' },
};

describe('DebtorsPage', () => {
  let fixture: ComponentFixture<DebtorsPage>;
  const exportDebtors = vi.fn(() => Promise.resolve());
  const element = () => fixture.nativeElement as HTMLElement;
  const cells = (row: Element | null) =>
    [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());

  async function open(page: DebtorsPageData): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        DebtorsPage,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        { provide: OrdersApiService, useValue: { debtors: () => of(page), exportDebtors } },
        { provide: LanguageService, useValue: { language: signal('en') } },
        { provide: CallsApiService, useValue: { originate: () => of({}) } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
        { provide: SipService, useValue: { availability: signal('off'), simulatedPbx: signal(false) } },
        { provide: SessionStore, useValue: { user: signal(null) } },
      ],
    });
    fixture = TestBed.createComponent(DebtorsPage);
    await settle(fixture);
  }

  it('shows each debtor with a phone to call, the amounts with currency and the last payment', async () => {
    await open(PAGE);
    const rows = element().querySelectorAll('[data-testid="debtor-row"]');
    expect(cells(rows[0])).toEqual([
      'Шевченко Тарас',
      expect.stringContaining('067 123 45 67'),
      '₴949.50',
      '₴349.50',
      '2',
      '₴150.50 · 2/20/26',
    ]);
    expect(rows[0].querySelector('[data-testid="phone-link-call"]')).not.toBeNull();
    expect(cells(rows[1])).toEqual(['ТОВ Ромашка', '', '₴300.00', '₴0.00', '1', en.orders.debtors.neverPaid]);
  });

  it('ends the table with the sums over every debtor, not only this page', async () => {
    await open(PAGE);
    const total = element().querySelector<HTMLElement>('[data-testid="debtors-total"]');
    expect(total?.hidden).toBe(false);
    expect(cells(total)).toEqual([en.orders.debtors.total, '', '₴12,249.50', '₴349.50', '4', '']);
  });

  it('has no total row when nobody owes anything', async () => {
    await open({
      ...PAGE,
      items: [],
      total: 0,
      totals: { ...PAGE.totals, debt: '0.00', overdue: '0.00', orders: 0 },
    });
    expect(element().querySelector<HTMLElement>('[data-testid="debtors-total"]')?.hidden).toBe(true);
    expect(element().textContent).toContain(en.orders.debtors.none);
  });

  it('downloads the CSV export', async () => {
    await open(PAGE);
    element().querySelector<HTMLButtonElement>('[data-testid="debtors-export"]')?.click();
    await settle(fixture);
    expect(exportDebtors).toHaveBeenCalledTimes(1);
  });
});
