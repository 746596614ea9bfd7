import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FunnelColumn, Language, OrderSummary, Page } from '@switchboard/contracts';

import uk from '../../../../../public/i18n/uk.json';
import { provideTestDates } from '../../../testing/dates';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { aStage } from '../../../testing/fixtures';
import { COLLAPSED_STAGES_STORAGE_KEY } from './board-collapse.store';
import { OrdersBoard } from './orders-board';
import { OrdersBoardStore } from './orders-board.store';
import { OrdersListStore } from './orders-list.store';

const paid = aStage();
const cancelled = aStage({
  id: 'stage-cancelled',
  key: 'cancelled',
  name: 'Cancelled',
  nameTranslations: { uk: 'Скасовано' },
  lost: true,
});
const summary = (id: string, stageId: string): OrderSummary => ({
  id,
  number: `2026-00000${id}`,
  client: { id: 'c', displayName: 'ТОВ Ромашка' },
  manager: null,
  stageId,
  currency: 'UAH',
  total: '11750.50',
  debt: '0.00',
  createdAt: '2026-01-01T00:00:00.000Z',
});
const page = (items: OrderSummary[]): Page<OrderSummary> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 30,
});

const FILTER_DEBOUNCE_PASSED_MS = 350;

describe('OrdersBoard', () => {
  let fixture: ComponentFixture<OrdersBoard>;
  let http: HttpTestingController;
  const language = signal<Language>('uk');
  const funnel: FunnelColumn[] = [
    { stage: paid, count: 1, total: '11750.50', currency: 'UAH' },
    { stage: cancelled, count: 1, total: '11750.50', currency: 'UAH' },
  ];

  const text = (testId: string) =>
    byTestId(fixture, testId)
      ?.textContent?.replace(/[ \n\t]+/g, ' ')
      .trim();
  const cards = (stageKey: string) =>
    byTestId(fixture, `column-${stageKey}`)?.querySelectorAll('[data-testid="order-card"]').length;

  beforeEach(async () => {
    language.set('uk');
    localStorage.removeItem(COLLAPSED_STAGES_STORAGE_KEY);
    TestBed.configureTestingModule({
      imports: [
        OrdersBoard,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [
        OrdersBoardStore,
        OrdersListStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestDates(language),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrdersBoard);
    fixture.detectChanges();
    http.expectOne('/api/directory/users').flush([]);
    http.expectOne('/api/orders/funnel').flush(funnel);
    await Promise.resolve();
    http.expectOne((request) => request.params.get('stage') === paid.id).flush(page([summary('1', paid.id)]));
    http
      .expectOne((request) => request.params.get('stage') === cancelled.id)
      .flush(page([summary('2', cancelled.id)]));
    await settle(fixture);
  });

  it('names the columns in the user language and writes sums with their currency', () => {
    expect(text('column-paid')).toContain('Оплачено');
    expect(byTestId(fixture, 'column-cancelled')?.getAttribute('aria-label')).toBe('Скасовано');
    expect(text('column-total')).toBe('11\u00a0750,50\u00a0₴');
    expect(text('order-card')).toContain('11\u00a0750,50\u00a0₴');
  });

  it('folds closed stages to a strip without cards and unfolds them on a click', async () => {
    expect(byTestId(fixture, 'column-cancelled')?.classList).toContain('collapsed');
    expect([cards('paid'), cards('cancelled')]).toEqual([1, 0]);
    expect(byTestId(fixture, 'column-toggle-cancelled')?.getAttribute('aria-expanded')).toBe('false');

    byTestId(fixture, 'column-toggle-cancelled')?.click();
    await settle(fixture);
    expect(byTestId(fixture, 'column-cancelled')?.classList).not.toContain('collapsed');
    expect(cards('cancelled')).toBe(1);

    byTestId(fixture, 'column-toggle-paid')?.click();
    await settle(fixture);
    expect(cards('paid')).toBe(0);
    expect(byTestId(fixture, 'column-toggle-paid')?.getAttribute('aria-label')).toBe(
      'Розгорнути стовпець «Оплачено»',
    );
  });

  /** The board's reload after the filters settle: the query each column's orders were asked with. */
  const columnQueryAfterFiltering = async () => {
    await new Promise((resolve) => setTimeout(resolve, FILTER_DEBOUNCE_PASSED_MS));
    http.expectOne('/api/orders/funnel').flush(funnel);
    await Promise.resolve();
    const requests = http.match((request) => request.url === '/api/orders');
    requests.forEach((request) => request.flush(page([])));
    await settle(fixture);
    return requests[0].request.params;
  };

  it('reads the date filters in the Ukrainian order and asks for those days', async () => {
    typeInto(fixture, 'orders-filter-from', '02.12.2026');
    typeInto(fixture, 'orders-filter-to', '31.12.2026');
    const query = await columnQueryAfterFiltering();
    expect(query.get('from')).toBe('2026-12-02');
    expect(query.get('to')).toBe('2026-12-31');
  });

  it('reads the date filters in the English order', async () => {
    language.set('en');
    TestBed.tick();
    typeInto(fixture, 'orders-filter-from', '12/2/2026');
    const query = await columnQueryAfterFiltering();
    expect(query.get('from')).toBe('2026-12-02');
    expect(query.has('to')).toBe(false);
  });

  it('names the "all stages" choice in the list view instead of leaving the stage blank', async () => {
    byTestId(fixture, 'orders-view-list')?.querySelector('button')?.click();
    await settle(fixture);
    http.match((request) => request.url === '/api/orders').forEach((request) => request.flush(page([])));
    await settle(fixture);
    expect(text('orders-filter-stage')).toBe('Усі етапи');
  });
});
