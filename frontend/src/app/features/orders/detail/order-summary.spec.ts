import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Order } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { OrderSummaryBar } from './order-summary';

describe('OrderSummaryBar', () => {
  it('renders every label and its value as separate elements of one pair', () => {
    TestBed.configureTestingModule({
      imports: [
        OrderSummaryBar,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(OrderSummaryBar);
    const order = { total: '11750.50', vat: '1958.42', paid: '0.00', debt: '11750.50', overdue: '0.00' };
    fixture.componentRef.setInput('order', { ...order, currency: 'UAH' } as Order);
    fixture.detectChanges();
    const pairs = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.pair'));
    const texts = pairs.map((pair) => [
      pair.querySelector('dt')?.textContent?.trim(),
      pair.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(texts).toEqual([
      [en.orders.total, '₴11,750.50'],
      [en.orders.vat, '₴1,958.42'],
      [en.orders.paid, '₴0.00'],
      [en.orders.debt, '₴11,750.50'],
    ]);
  });
});
