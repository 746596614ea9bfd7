import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { FunnelColumn, OrderStage, OrderSummary, Page } from '@switchboard/contracts';

import { BoardColumn, OrdersBoardStore, moveCard } from './orders-board.store';

const stage = (id: string): OrderStage => ({
  id,
  key: id,
  name: id,
  nameTranslations: {},
  position: 0,
  color: '#000000',
  won: false,
  lost: false,
  nextStep: null,
  nextStepTranslations: {},
  automation: null,
});
const order = (id: string, stageId: string): OrderSummary => ({
  id,
  number: `2026-${id}`,
  client: { id: 'c', displayName: 'Client' },
  manager: null,
  stageId,
  currency: 'UAH',
  total: '10.00',
  debt: '10.00',
  createdAt: '2026-01-01T00:00:00.000Z',
});
const page = (items: OrderSummary[]): Page<OrderSummary> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 30,
});

describe('moveCard', () => {
  it('moves a card to the top of another column and fixes both counts', () => {
    const columns: BoardColumn[] = [
      {
        stage: stage('a'),
        count: 2,
        total: '0',
        currency: 'UAH',
        orders: [order('1', 'a'), order('2', 'a')],
      },
      { stage: stage('b'), count: 1, total: '0', currency: 'UAH', orders: [order('3', 'b')] },
    ];
    const moved = moveCard(columns, columns[0].orders[1], 'b');
    expect(moved.map((column) => column.orders.map((card) => card.id))).toEqual([['1'], ['2', '3']]);
    expect(moved.map((column) => column.count)).toEqual([1, 2]);
    expect(moved[1].orders[0].stageId).toBe('b');
  });

  it('moves the card total from the old column sum to the new one', () => {
    const columns: BoardColumn[] = [
      {
        stage: stage('a'),
        count: 1,
        total: '10.10',
        currency: 'UAH',
        orders: [{ ...order('1', 'a'), total: '10.10' }],
      },
      { stage: stage('b'), count: 1, total: '0.20', currency: 'UAH', orders: [order('3', 'b')] },
    ];
    const moved = moveCard(columns, columns[0].orders[0], 'b');
    expect(moved.map((column) => column.total)).toEqual(['0.00', '10.30']);
  });
});

describe('OrdersBoardStore', () => {
  let store: OrdersBoardStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [OrdersBoardStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(OrdersBoardStore);
    http = TestBed.inject(HttpTestingController);
  });

  async function loadBoard(): Promise<void> {
    const loading = store.load();
    const funnel: FunnelColumn[] = [
      { stage: stage('a'), count: 1, total: '10.00', currency: 'UAH' },
      { stage: stage('b'), count: 0, total: '0.00', currency: 'UAH' },
    ];
    http.expectOne('/api/orders/funnel').flush(funnel);
    await Promise.resolve();
    http.expectOne((request) => request.params.get('stage') === 'a').flush(page([order('1', 'a')]));
    http.expectOne((request) => request.params.get('stage') === 'b').flush(page([]));
    await loading;
  }

  it('loads a column per stage with its orders', async () => {
    await loadBoard();
    expect(store.columns().map((column) => [column.stage.id, column.orders.length])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('puts the card back and explains when the server refuses a move', async () => {
    await loadBoard();
    const moving = store.move(store.columns()[0].orders[0], 'b');
    expect(store.columns()[1].orders).toHaveLength(1);
    http
      .expectOne('/api/orders/1/stage')
      .flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    expect(await moving).toBe(false);
    expect(store.columns()[0].orders).toHaveLength(1);
    expect(store.errorKey()).toBe('errors.forbidden');
  });
});
