import { DebtorsPage } from '@switchboard/contracts';
import { parse } from 'csv-parse/sync';
import { Response } from 'superagent';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('debtors: phones, last payments, totals and the CSV export', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let supervisor: AuthHeader;
  let operator: AuthHeader;
  const formula = '=HYPERLINK("http://evil.example","open")';
  const ids: Record<string, string> = {};

  const client = async (name: string, body: object) => {
    const created = await t.http().post('/api/clients').set(admin).send(body).expect(201);
    ids[name] = created.body.id as string;
  };
  const order = async (clientId: string, price: string, schedule: object[] = []) =>
    (
      await t
        .http()
        .post('/api/orders')
        .set(operator)
        .send({ clientId, items: [{ name: 'Sofa', quantity: 1, price }], schedule })
        .expect(201)
    ).body.id as string;
  const pay = (orderId: string, amount: string, paidAt: string) =>
    t.http().post(`/api/orders/${orderId}/payments`).set(operator).send({ amount, paidAt }).expect(201);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    supervisor = await userHeader(t, 'supervisor');
    operator = await userHeader(t, 'operator');
    await client('taras', {
      kind: 'person',
      lastName: 'Шевченко',
      firstName: 'Тарас',
      phones: [{ number: '067 123 45 67' }, { number: '050 000 00 00' }],
    });
    await client('evil', { kind: 'company', legalName: formula });
    await client('paidUp', { kind: 'person', lastName: 'Settled' });

    const first = await order(ids['taras'], '1000', [{ dueDate: isoDate(-5), amount: '600' }]);
    await pay(first, '100', '2026-01-10T09:00:00.000Z');
    await pay(first, '150.50', '2026-02-20T09:00:00.000Z');
    await order(ids['taras'], '200');
    await order(ids['evil'], '300');
    await pay(await order(ids['paidUp'], '50'), '50', '2026-03-01T09:00:00.000Z');
  });
  afterAll(() => t.close());

  it('gives each debtor their phone and latest payment, and sums every debtor beside the page', async () => {
    const page = (await t.http().get('/api/debtors?pageSize=1').set(supervisor).expect(200))
      .body as DebtorsPage;
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      {
        client: { id: ids['taras'], displayName: 'Шевченко Тарас' },
        phone: { number: '067 123 45 67', e164: '+380671234567' },
        debt: '949.50',
        overdue: '349.50',
        currency: 'UAH',
        orders: 2,
        lastPayment: { amount: '150.50', paidAt: '2026-02-20T09:00:00.000Z' },
      },
    ]);
    expect(page.totals).toEqual({ debt: '1249.50', overdue: '349.50', orders: 3, currency: 'UAH' });

    const second = (await t.http().get('/api/debtors?page=2&pageSize=1').set(admin).expect(200))
      .body as DebtorsPage;
    expect(second.items).toMatchObject([{ client: { id: ids['evil'] }, phone: null, lastPayment: null }]);
    expect(second.totals.debt).toBe('1249.50');
  });

  it('exports every debtor as CSV with a BOM, quoted cells and formulas written as text', async () => {
    const response = await t.http().get('/api/debtors/export').set(supervisor).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/debtors-\d{4}-\d{2}-\d{2}\.csv/);
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFClient,Phone,Debt,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Client', 'Phone', 'Debt', 'Overdue', 'Currency', 'Orders', 'Last payment', 'Last payment date'],
      [
        'Шевченко Тарас',
        '+380671234567',
        '949.50',
        '349.50',
        'UAH',
        '2',
        '150.50',
        '2026-02-20T09:00:00.000Z',
      ],
      [`'${formula}`, '', '300.00', '0.00', 'UAH', '1', '', ''],
    ]);
  });

  it('refuses the list and the export to operators', async () => {
    await t.http().get('/api/debtors').set(operator).expect(403);
    const refused = await t.http().get('/api/debtors/export').set(operator).expect(403);
    expect(refused.headers['content-type']).toContain('application/json');
    await t.http().get('/api/debtors/export').expect(401);
  });
});
