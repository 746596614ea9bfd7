import { OrderStage, StageTransition } from '@switchboard/contracts';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

describe('funnel stages: automation and translations', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let operator: AuthHeader & { id: string };
  let clientId: string;

  const stages = async (): Promise<OrderStage[]> =>
    (await t.http().get('/api/order-stages').set(operator).expect(200)).body;
  const stage = async (key: string): Promise<OrderStage> => {
    const found = (await stages()).find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no stage ${key}`);
    return found;
  };
  const newOrder = async (stageKey = 'invoice_sent'): Promise<string> => {
    const response = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({ clientId, stage: stageKey, items: [{ name: 'Table', quantity: 1, price: '1000' }] })
      .expect(201);
    return response.body.id;
  };
  const stageOf = async (orderId: string): Promise<string> =>
    (await t.http().get(`/api/orders/${orderId}`).set(operator).expect(200)).body.stage;
  const transitions = async (orderId: string): Promise<StageTransition[]> =>
    (await t.http().get(`/api/orders/${orderId}/transitions`).set(operator).expect(200)).body;
  const pay = (orderId: string, amount: string) =>
    t.http().post(`/api/orders/${orderId}/payments`).set(operator).send({ amount }).expect(201);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    clientId = (
      await t.http().post('/api/clients').set(admin).send({ kind: 'person', lastName: 'Stager' }).expect(201)
    ).body.id;
  }, 30_000);
  afterAll(() => t.close());

  it('seeds Paid as the stage of full payment and the default stages with ru/uk names and hints', async () => {
    const all = await stages();
    expect(all.filter((candidate) => candidate.automation !== null).map(({ key }) => key)).toEqual(['paid']);
    expect(await stage('paid')).toMatchObject({
      name: 'Paid',
      automation: 'paidInFull',
      nameTranslations: { ru: 'Оплачен', uk: 'Оплачено' },
      nextStepTranslations: { ru: 'Организовать доставку', uk: 'Організувати доставку' },
    });
    for (const { nameTranslations } of all) {
      expect(nameTranslations).toEqual({ ru: expect.any(String), uk: expect.any(String) });
    }
    const order = await t
      .http()
      .get(`/api/orders/${await newOrder('inquiry')}`)
      .set(operator)
      .expect(200);
    expect(order.body.stageInfo.nameTranslations).toEqual({ ru: 'Запрос', uk: 'Запит' });
    const funnel = await t.http().get('/api/orders/funnel').set(operator).expect(200);
    expect(funnel.body[0]).toMatchObject({ currency: 'UAH', stage: { nameTranslations: { uk: 'Запит' } } });
  });

  it('keeps the stage on a partial payment and moves the order to Paid, marked automatic, on full payment', async () => {
    const orderId = await newOrder();
    await pay(orderId, '400');
    expect(await stageOf(orderId)).toBe('invoice_sent');
    await pay(orderId, '600');
    expect(await stageOf(orderId)).toBe('paid');
    expect((await transitions(orderId)).at(-1)).toMatchObject({
      from: 'invoice_sent',
      to: 'paid',
      automation: 'paidInFull',
      author: { id: operator.id },
    });
  });

  it('never moves an order back: one already past Paid stays where it is when paid off', async () => {
    const orderId = await newOrder('delivered');
    await pay(orderId, '1000');
    expect(await stageOf(orderId)).toBe('delivered');
  });

  it('moves an order to the stage an admin set for issued documents once one is generated', async () => {
    const applicationId = (await stage('application')).id;
    const updated = await t
      .http()
      .patch(`/api/order-stages/${applicationId}`)
      .set(admin)
      .send({ automation: 'documentIssued' })
      .expect(200);
    expect(updated.body.automation).toBe('documentIssued');
    const orderId = await newOrder('inquiry');
    await t
      .http()
      .post(`/api/orders/${orderId}/documents`)
      .set(operator)
      .send({ kind: 'invoice' })
      .expect(201);
    expect(await stageOf(orderId)).toBe('application');
    expect((await transitions(orderId)).at(-1)).toMatchObject({
      to: 'application',
      automation: 'documentIssued',
    });
  }, 30_000);

  it('moves an automation to the stage that takes it and turns it off on null', async () => {
    const delivered = await stage('delivered');
    await t
      .http()
      .patch(`/api/order-stages/${delivered.id}`)
      .set(admin)
      .send({ automation: 'paidInFull' })
      .expect(200);
    expect((await stage('paid')).automation).toBeNull();
    expect((await stage('delivered')).automation).toBe('paidInFull');
    await t
      .http()
      .patch(`/api/order-stages/${delivered.id}`)
      .set(admin)
      .send({ automation: null })
      .expect(200);
    const orderId = await newOrder();
    await pay(orderId, '1000');
    expect(await stageOf(orderId)).toBe('invoice_sent');
  });

  it('lets only admins change automation and translations, and names the field of bad input', async () => {
    const paid = await stage('paid');
    const patch = (body: object, who: AuthHeader = admin) =>
      t.http().patch(`/api/order-stages/${paid.id}`).set(who).send(body);
    expect((await patch({ automation: 'paidInFull' }, operator)).status).toBe(403);
    const supervisor = await userHeader(t, 'supervisor');
    expect((await patch({ nameTranslations: { uk: 'Х' } }, supervisor)).status).toBe(403);

    const unknown = await patch({ automation: 'onSunrise' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toMatchObject([
      { field: 'automation', reason: 'must be one of paidInFull, documentIssued' },
    ]);
    const tooLong = await patch({ nameTranslations: { uk: 'x'.repeat(65) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details).toMatchObject([
      { field: 'nameTranslations.uk', reason: 'must be at most 64 characters' },
    ]);
    const otherLanguage = await patch({ nameTranslations: { de: 'Bezahlt' } });
    expect(otherLanguage.status).toBe(400);
    expect(otherLanguage.body.details[0]).toMatchObject({ field: 'nameTranslations.de' });
    const cancelled = await stage('cancelled');
    const lost = await t
      .http()
      .patch(`/api/order-stages/${cancelled.id}`)
      .set(admin)
      .send({ automation: 'documentIssued' });
    expect(lost.status).toBe(400);
    expect(lost.body.details).toMatchObject([
      { field: 'automation', reason: 'a lost stage cannot be reached automatically' },
    ]);
  });

  it('stores translations an admin edits, dropping blank ones so the base name shows', async () => {
    const created = await t
      .http()
      .post('/api/order-stages')
      .set(admin)
      .send({
        key: 'on_hold',
        name: 'On hold',
        nameTranslations: { ru: ' Пауза ', uk: '' },
        nextStep: 'Call back later',
        nextStepTranslations: { uk: 'Передзвонити пізніше' },
      })
      .expect(201);
    expect(created.body).toMatchObject({
      nameTranslations: { ru: 'Пауза' },
      nextStepTranslations: { uk: 'Передзвонити пізніше' },
      automation: null,
    });
    const updated = await t
      .http()
      .patch(`/api/order-stages/${created.body.id}`)
      .set(admin)
      .send({ nameTranslations: { ru: 'Пауза', uk: 'Пауза' } })
      .expect(200);
    expect(updated.body.nameTranslations).toEqual({ ru: 'Пауза', uk: 'Пауза' });
    expect((await stage('on_hold')).nextStepTranslations).toEqual({ uk: 'Передзвонити пізніше' });
  });
});
