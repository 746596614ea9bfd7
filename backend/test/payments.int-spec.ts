import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '../src/core/queues/queues';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { runJob } from './helpers/run-job';
import { startTestApp, TestApp } from './helpers/test-app';

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('payments, debts and bonuses', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let operator: AuthHeader & { id: string };
  let clientId: string;
  let wineId: string;

  const newOrder = async (body: object) => {
    const response = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({ clientId, ...body });
    expect(response.status).toBe(201);
    return response.body as { id: string; number: string };
  };
  const pay = (orderId: string, body: object) =>
    t.http().post(`/api/orders/${orderId}/payments`).set(operator).send(body);
  const finance = async () =>
    (await t.http().get(`/api/clients/${clientId}/finance`).set(operator).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    clientId = (await t.http().post('/api/clients').set(admin).send({ kind: 'person', lastName: 'Payer' }))
      .body.id;
    wineId = (
      await t
        .http()
        .post('/api/products')
        .set(admin)
        .send({ name: 'Wine', category: 'wine', price: '100.00' })
    ).body.id;
    await t
      .http()
      .put('/api/bonus-rules')
      .set(admin)
      .send({ category: 'wine', accrualPercent: '5', maxRedeemPercent: '20' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('records partial payments against the debt, refuses more than the debt, and reports overdue', async () => {
    const order = await newOrder({
      items: [{ name: 'Sofa', quantity: 1, price: '1000' }],
      schedule: [
        { dueDate: isoDate(-10), amount: '400' },
        { dueDate: isoDate(20), amount: '600' },
      ],
    });
    expect(await finance()).toMatchObject({ debt: { total: '1000.00', overdue: '400.00', currency: 'UAH' } });
    const first = await pay(order.id, { amount: '250.50', method: 'card', reference: 'R-1' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      kind: 'payment',
      amount: '250.50',
      method: 'card',
      author: { id: operator.id },
    });
    const over = await pay(order.id, { amount: '800' });
    expect(over.status).toBe(400);
    expect(over.body.details).toMatchObject([{ field: 'amount', reason: 'exceeds the debt of 749.50' }]);
    for (const amount of ['0', '-5', '1.005', 'ten']) {
      expect((await pay(order.id, { amount })).status).toBe(400);
    }
    const card = await t.http().get(`/api/orders/${order.id}`).set(operator).expect(200);
    expect(card.body).toMatchObject({ paid: '250.50', debt: '749.50', overdue: '149.50' });
    expect(await finance()).toMatchObject({
      debt: { total: '749.50', overdue: '149.50' },
      openOrders: [
        {
          id: order.id,
          number: order.number,
          stage: 'inquiry',
          stageName: 'Inquiry',
          total: '1000.00',
          paid: '250.50',
          debt: '749.50',
          createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        },
      ],
    });
  });

  it("tells a partial payment from the one that settles the order in the client's timeline", async () => {
    // A client of its own: settling the order accrues bonuses the later tests count.
    const buyer = await t.http().post('/api/clients').set(admin).send({ kind: 'person', lastName: 'Buyer' });
    const order = (
      await t
        .http()
        .post('/api/orders')
        .set(operator)
        .send({ clientId: buyer.body.id, items: [{ name: 'Desk', quantity: 1, price: '750' }] })
        .expect(201)
    ).body as { id: string; number: string };
    await pay(order.id, { amount: '500' }).expect(201);
    await pay(order.id, { amount: '250' }).expect(201);
    const history = await t
      .http()
      .get(`/api/clients/${buyer.body.id}/history?kind=order`)
      .set(operator)
      .expect(200);
    const ofOrder = history.body.items
      .filter((entry: { data: { orderId?: string } }) => entry.data.orderId === order.id)
      .map((entry: { data: object }) => entry.data);
    // The payment that settles the order also moves it to Paid by that stage's automation.
    expect(ofOrder).toHaveLength(4);
    expect(ofOrder).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'created', total: '750.00', currency: 'UAH' }),
        expect.objectContaining({ event: 'moved', to: 'paid', automation: 'paidInFull' }),
        {
          orderId: order.id,
          number: order.number,
          event: 'payment_partial',
          amount: '500.00',
          currency: 'UAH',
          debt: '250.00',
        },
        {
          orderId: order.id,
          number: order.number,
          event: 'paid_in_full',
          amount: '250.00',
          currency: 'UAH',
          debt: '0.00',
        },
      ]),
    );
  });

  it('owes nothing for cancelled orders and refunds what was paid', async () => {
    const order = await newOrder({ items: [{ name: 'Lamp', quantity: 1, price: '300' }] });
    await pay(order.id, { amount: '100' }).expect(201);
    const before = await finance();
    await t
      .http()
      .post(`/api/orders/${order.id}/stage`)
      .set(operator)
      .send({ stage: 'returned' })
      .expect(200);
    const after = await finance();
    expect(Number(before.debt.total) - Number(after.debt.total)).toBe(200);
    expect((await pay(order.id, { amount: '1' })).body.details[0].reason).toBe('the order is returned');
    await t.http().post(`/api/orders/${order.id}/refunds`).set(operator).send({ amount: '100' }).expect(403);
    const tooMuch = await t
      .http()
      .post(`/api/orders/${order.id}/refunds`)
      .set(admin)
      .send({ amount: '100.01' });
    expect(tooMuch.body.details).toMatchObject([
      { field: 'amount', reason: 'exceeds the 100.00 paid in money' },
    ]);
    const refund = await t.http().post(`/api/orders/${order.id}/refunds`).set(admin).send({ amount: '100' });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ kind: 'refund', amount: '100.00' });
    const payments = await t.http().get(`/api/orders/${order.id}/payments`).set(operator).expect(200);
    expect(payments.body.map((payment: { kind: string }) => payment.kind)).toEqual(['payment', 'refund']);
    expect((await t.http().get(`/api/orders/${order.id}`).set(operator)).body.paid).toBe('0.00');
  });

  it('accrues bonuses once when an order is paid in full, even with concurrent payments', async () => {
    const order = await newOrder({ items: [{ productId: wineId, quantity: 10 }] });
    const balanceBefore = (await finance()).bonusBalance;
    const results = await Promise.all(Array.from({ length: 6 }, () => pay(order.id, { amount: '250' })));
    expect(results.map((response) => response.status).sort()).toEqual([201, 201, 201, 201, 400, 400]);
    const account = await t.http().get(`/api/clients/${clientId}/bonuses`).set(operator).expect(200);
    const accruals = account.body.entries.filter((entry: { kind: string }) => entry.kind === 'accrual');
    expect(accruals).toEqual([
      expect.objectContaining({ amount: '50.00', orderId: order.id, expiresAt: expect.any(String) }),
    ]);
    expect(Number(account.body.balance) - Number(balanceBefore)).toBe(50);
    expect(account.body.currency).toBe('UAH');
    expect((await t.http().get(`/api/orders/${order.id}`).set(operator)).body).toMatchObject({
      paid: '1000.00',
      debt: '0.00',
    });
  });

  it('redeems bonuses within the balance and the category limit, and accrues only on money', async () => {
    const order = await newOrder({ items: [{ productId: wineId, quantity: 2 }] });
    // 20% of 200.00 may be paid with bonuses; the balance is 50.00.
    const overLimit = await pay(order.id, { amount: '41', method: 'bonus' });
    expect(overLimit.body.details).toMatchObject([
      { field: 'amount', reason: 'exceeds what this order may take in bonuses: 40.00' },
    ]);
    await pay(order.id, { amount: '40', method: 'bonus' }).expect(201);
    await pay(order.id, { amount: '160', method: 'cash' }).expect(201);
    const account = await t.http().get(`/api/clients/${clientId}/bonuses`).set(operator).expect(200);
    // 50 - 40 redeemed + 5% of the 160.00 paid in money = 18.00
    expect(account.body.balance).toBe('18.00');
    const another = await newOrder({ items: [{ productId: wineId, quantity: 10 }] });
    const overBalance = await pay(another.id, { amount: '19', method: 'bonus' });
    expect(overBalance.body.details).toMatchObject([
      { field: 'amount', reason: 'exceeds the bonus balance of 18.00' },
    ]);
  });

  it('adjusts a balance by hand with a reason, never below zero', async () => {
    await t
      .http()
      .post(`/api/clients/${clientId}/bonuses/adjustments`)
      .set(operator)
      .send({ amount: 5, reason: 'x' })
      .expect(403);
    const added = await t
      .http()
      .post(`/api/clients/${clientId}/bonuses/adjustments`)
      .set(admin)
      .send({ amount: '2.00', reason: 'birthday gift' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ kind: 'adjustment', amount: '2.00', reason: 'birthday gift' });
    const below = await t
      .http()
      .post(`/api/clients/${clientId}/bonuses/adjustments`)
      .set(admin)
      .send({ amount: '-21', reason: 'oops' });
    expect(below.body.details).toMatchObject([
      { field: 'amount', reason: 'would take the balance of 20.00 below zero' },
    ]);
  });

  it('takes back the bonuses of a returned order once, however often it moves', async () => {
    const order = await newOrder({ items: [{ productId: wineId, quantity: 1 }] });
    await pay(order.id, { amount: '100' }).expect(201);
    const balance = async () =>
      (await t.http().get(`/api/clients/${clientId}/bonuses`).set(operator)).body.balance;
    const earned = await balance();
    const move = (stage: string) =>
      t.http().post(`/api/orders/${order.id}/stage`).set(operator).send({ stage });
    await move('returned').expect(200);
    await move('paid').expect(200);
    await move('cancelled').expect(200);
    expect(Number(earned) - Number(await balance())).toBe(5);
  });

  it('expires old accruals once on the nightly job in the worker, never below zero', async () => {
    const db = t.app.get(DataSource);
    const schedulers = await t.app.get<Queue>(getQueueToken(QUEUES.bonusExpiry)).getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.pattern)).toEqual(['0 3 * * *']);
    const balance = async () =>
      (await t.http().get(`/api/clients/${clientId}/bonuses`).set(operator)).body.balance;
    const before = Number(await balance());
    await db.query(
      `UPDATE bonus_entries SET expires_at = now() - interval '1 day'
        WHERE client_id = $1 AND kind = 'accrual' AND amount_minor = 5000`,
      [clientId],
    );
    expect(await runJob(t.app, QUEUES.bonusExpiry, 'expire')).toBe(1);
    expect(Number(await balance())).toBe(Math.max(0, before - 50));
    expect(await runJob(t.app, QUEUES.bonusExpiry, 'expire')).toBe(0);
    const entries = (await t.http().get(`/api/clients/${clientId}/bonuses`).set(operator)).body.entries;
    expect(entries.filter((entry: { kind: string }) => entry.kind === 'expiry')).toHaveLength(1);
  });

  it('refuses a payment dated in the future or before 2000, storing nothing', async () => {
    const order = await newOrder({ items: [{ name: 'Lamp', quantity: 1, price: '100' }] });
    for (const paidAt of ['2999-01-01T00:00:00Z', '1970-01-01T00:00:00Z']) {
      const refused = await pay(order.id, { amount: '10', paidAt });
      expect(refused.status).toBe(400);
      expect(refused.body.details).toMatchObject([
        { field: 'paidAt', reason: expect.stringMatching(/not in the future/) },
      ]);
    }
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect((await pay(order.id, { amount: '100', paidAt: yesterday })).status).toBe(201);
    expect((await t.http().get(`/api/orders/${order.id}/payments`).set(operator)).body).toHaveLength(1);
  });

  it('lists debtors for supervisors, the largest overdue first', async () => {
    await t.http().get('/api/debtors').set(operator).expect(403);
    const debtors = await t.http().get('/api/debtors').set(admin).expect(200);
    expect(debtors.body.items[0]).toMatchObject({
      client: { id: clientId },
      debt: '1749.50',
      overdue: '149.50',
      currency: 'UAH',
    });
  });

  it('takes back the bonuses of an order whose money is refunded in full, not of a partial refund', async () => {
    const order = await newOrder({ items: [{ productId: wineId, quantity: 2 }] });
    const balance = async () =>
      Number((await t.http().get(`/api/clients/${clientId}/bonuses`).set(operator)).body.balance);
    const before = await balance();
    await pay(order.id, { amount: '200' }).expect(201);
    expect((await balance()) - before).toBe(10);
    const refund = (amount: string) =>
      t.http().post(`/api/orders/${order.id}/refunds`).set(admin).send({ amount }).expect(201);
    await refund('50');
    expect((await balance()) - before).toBe(10);
    await refund('150');
    expect(await balance()).toBe(before);
  });
});
