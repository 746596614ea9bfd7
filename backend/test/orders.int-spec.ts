import { Order } from '@switchboard/contracts';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

describe('orders: catalogue, pricing, numbering and the funnel', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let operator: AuthHeader & { id: string };
  let clientId: string;
  let chairId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    clientId = (await t.http().post('/api/clients').set(admin).send({ kind: 'person', lastName: 'Buyer' }))
      .body.id;
    const chair = await t
      .http()
      .post('/api/products')
      .set(admin)
      .send({ name: 'Chair', category: 'furniture', price: '1250.00', vatRate: 20 });
    expect(chair.status).toBe(201);
    chairId = chair.body.id;
  });
  afterAll(() => t.close());

  it('keeps the catalogue for supervisors and admins', async () => {
    await t.http().post('/api/products').set(operator).send({ name: 'X', price: '1' }).expect(403);
    const bad = await t.http().post('/api/products').set(admin).send({ name: 'X', price: '1,50' });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toMatchObject([
      { field: 'price', reason: 'must be an amount of 0 or more, like 1250.00' },
    ]);
    const list = await t.http().get('/api/products?q=cha').set(operator).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ name: 'Chair', price: '1250.00', vatRate: 20 }),
    ]);
  });

  it('creates an order with the documented request: number, first stage and exact totals', async () => {
    const response = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({ clientId, items: [{ name: 'Delivery', quantity: 1, price: '150' }] });
    expect(response.status).toBe(201);
    const year = new Date().getFullYear();
    expect(response.body).toMatchObject({
      id: expect.any(String),
      number: `${year}-000001`,
      stage: 'inquiry',
      stageInfo: { key: 'inquiry', name: 'Inquiry' },
      total: '150.00',
      currency: 'UAH',
      manager: { id: operator.id },
    });
    const second = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({
        clientId,
        items: [
          { productId: chairId, quantity: '2', discountPercent: '10' },
          { name: 'Cable', quantity: '1.5', price: '0.33', unit: 'm' },
        ],
        deliveryMethod: 'courier',
        deliveryAddress: 'Kyiv',
        conditions: { gift: 'cushion' },
      });
    expect(second.body).toMatchObject({
      number: `${year}-000002`,
      subtotal: '2500.50',
      discount: '250.00',
      total: '2250.50',
      vat: '375.00',
      items: [
        {
          name: 'Chair',
          quantity: '2',
          price: '1250.00',
          discountPercent: '10',
          total: '2250.00',
          vat: '375.00',
        },
        { name: 'Cable', quantity: '1.5', unit: 'm', total: '0.50' },
      ],
      conditions: { gift: 'cushion' },
    });
  });

  it('gives concurrent orders distinct numbers', async () => {
    const created = await Promise.all(
      Array.from({ length: 8 }, () =>
        t
          .http()
          .post('/api/orders')
          .set(operator)
          .send({ clientId, items: [{ name: 'X', quantity: 1, price: 1 }] }),
      ),
    );
    const numbers = created.map((response) => (response.body as Order).number);
    expect(new Set(numbers).size).toBe(8);
  });

  it('answers 400 naming the field and stores nothing for bad input', async () => {
    const before = (await t.http().get('/api/orders').set(admin)).body.total;
    const cases: [object, string][] = [
      [{ clientId, items: [{ name: 'A', quantity: -1, price: 1 }] }, 'items.0.quantity'],
      [{ clientId, items: [] }, 'items'],
      [{ clientId, items: [{ name: 'A', quantity: 1, price: 1 }], stage: 'nowhere' }, 'stage'],
      [
        { clientId: '00000000-0000-4000-8000-000000000000', items: [{ name: 'A', quantity: 1, price: 1 }] },
        'clientId',
      ],
      [{ clientId, items: [{ name: 'A', quantity: 1, price: 'ten' }] }, 'items.0.price'],
      [
        {
          clientId,
          items: [{ name: 'A', quantity: 1, price: 1 }],
          schedule: [{ dueDate: '2026-13-01', amount: 1 }],
        },
        'schedule.0.dueDate',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await t.http().post('/api/orders').set(operator).send(body);
      expect(response.status).toBe(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    expect((await t.http().get('/api/orders').set(admin)).body.total).toBe(before);
  });

  it('moves an order through the funnel, storing every transition and a history entry', async () => {
    const { body: order } = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({ clientId, items: [{ name: 'Table', quantity: 1, price: '900' }] });
    const moved = await t
      .http()
      .post(`/api/orders/${order.id}/stage`)
      .set(operator)
      .send({ stage: 'negotiation', comment: 'asked for a discount' });
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('negotiation');
    expect(moved.body.stageInfo).toMatchObject({ nextStep: 'Agree on items and price' });
    await t
      .http()
      .post(`/api/orders/${order.id}/stage`)
      .set(operator)
      .send({ stage: 'invoice_sent' })
      .expect(200);
    const bad = await t.http().post(`/api/orders/${order.id}/stage`).set(operator).send({ stage: 'heaven' });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toMatchObject([{ field: 'stage', reason: '"heaven" is not a stage' }]);

    const transitions = await t.http().get(`/api/orders/${order.id}/transitions`).set(operator).expect(200);
    expect(transitions.body.map((row: { from: string | null; to: string }) => [row.from, row.to])).toEqual([
      [null, 'inquiry'],
      ['inquiry', 'negotiation'],
      ['negotiation', 'invoice_sent'],
    ]);
    expect(transitions.body[1]).toMatchObject({
      comment: 'asked for a discount',
      author: { id: operator.id },
    });
    const history = await t
      .http()
      .get(`/api/clients/${clientId}/history?kind=order`)
      .set(operator)
      .expect(200);
    expect(history.body.items[0].data).toMatchObject({
      orderId: order.id,
      event: 'moved',
      from: 'negotiation',
      to: 'invoice_sent',
    });
  });

  it('lists with filters and counts the funnel by stage', async () => {
    const invoiced = await t.http().get('/api/orders?stage=invoice_sent').set(operator).expect(200);
    expect(invoiced.body.items.map((item: { total: string }) => item.total)).toEqual(['900.00']);
    const big = await t.http().get('/api/orders?minTotal=1000').set(operator).expect(200);
    expect(big.body.total).toBe(1);
    const funnel = await t.http().get('/api/orders/funnel').set(operator).expect(200);
    const counts = Object.fromEntries(
      funnel.body.map((column: { stage: { key: string }; count: number }) => [
        column.stage.key,
        column.count,
      ]),
    );
    expect(counts).toMatchObject({ inquiry: 10, invoice_sent: 1, completed: 0 });
    expect(funnel.body[0]).toMatchObject({ stage: { key: 'inquiry' }, total: expect.any(String) });
  });

  it('edits an open order, refusing a total below what is paid', async () => {
    const { body: order } = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({ clientId, items: [{ name: 'Desk', quantity: 1, price: '500' }] });
    await t.http().post(`/api/orders/${order.id}/payments`).set(operator).send({ amount: '300' }).expect(201);
    const edited = await t
      .http()
      .patch(`/api/orders/${order.id}`)
      .set(operator)
      .send({ items: [{ name: 'Desk', quantity: 2, price: '450' }], notes: 'two desks' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      total: '900.00',
      paid: '300.00',
      debt: '600.00',
      notes: 'two desks',
    });
    expect(edited.body.items).toHaveLength(1);
    const below = await t
      .http()
      .patch(`/api/orders/${order.id}`)
      .set(operator)
      .send({ items: [{ name: 'Desk', quantity: 1, price: '100' }] });
    expect(below.status).toBe(400);
    expect(below.body.details).toMatchObject([
      { field: 'items', reason: 'the new total 100.00 is below the 300.00 already paid' },
    ]);
    expect((await t.http().get(`/api/orders/${order.id}`).set(operator)).body.total).toBe('900.00');
  });

  it('lets admins configure stages', async () => {
    await t.http().post('/api/order-stages').set(operator).send({ key: 'x', name: 'X' }).expect(403);
    const created = await t
      .http()
      .post('/api/order-stages')
      .set(admin)
      .send({ key: 'on_hold', name: 'On hold', color: '#123456' });
    expect(created.status).toBe(201);
    const both = await t
      .http()
      .patch(`/api/order-stages/${created.body.id}`)
      .set(admin)
      .send({ won: true, lost: true });
    expect(both.body.details).toMatchObject([
      { field: 'lost', reason: 'a stage cannot be both won and lost' },
    ]);
  });
});
