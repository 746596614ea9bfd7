import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

describe('documents from templates and attachments', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let operator: AuthHeader & { id: string };
  let clientId: string;
  let orderId: string;

  beforeAll(async () => {
    t = await startTestApp({ ATTACHMENT_MAX_BYTES: '4096' });
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    const client = await t
      .http()
      .post('/api/clients')
      .set(admin)
      .send({
        kind: 'company',
        legalName: 'ТОВ "Ромашка" <script>',
        taxId: '12345678',
        bankDetails: { bankName: 'ПриватБанк', bankCode: '305299', account: 'UA213223130000026007233566001' },
      });
    clientId = client.body.id;
    const order = await t
      .http()
      .post('/api/orders')
      .set(operator)
      .send({ clientId, items: [{ name: 'Стілець', quantity: 2, price: '1250' }] });
    orderId = order.body.id;
  }, 30_000);
  afterAll(() => t.close());

  it('generates a numbered invoice as HTML and PDF with the requisites and items, and notes it in history', async () => {
    const response = await t
      .http()
      .post(`/api/orders/${orderId}/documents`)
      .set(operator)
      .send({ kind: 'invoice' });
    expect(response.status).toBe(201);
    const year = new Date().getFullYear();
    expect(response.body).toMatchObject({
      kind: 'invoice',
      number: `INV-${year}-000001`,
      orderId,
      clientId,
      hasPdf: true,
    });
    const html = await t
      .http()
      .get(`/api/documents/${response.body.id}/file?format=html`)
      .set(operator)
      .expect(200);
    expect(html.text).toContain('ТОВ &quot;Ромашка&quot; &lt;script&gt;');
    expect(html.text).toContain('UA213223130000026007233566001');
    expect(html.text).toContain('Стілець');
    expect(html.text).toContain('2500.00 UAH');
    const pdf = await t
      .http()
      .get(`/api/documents/${response.body.id}/file`)
      .set(operator)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const second = await t
      .http()
      .post(`/api/orders/${orderId}/documents`)
      .set(operator)
      .send({ kind: 'invoice' });
    expect(second.body.number).toBe(`INV-${year}-000002`);
    const list = await t.http().get(`/api/clients/${clientId}/documents`).set(operator).expect(200);
    expect(list.body).toHaveLength(2);
    const history = await t
      .http()
      .get(`/api/clients/${clientId}/history?kind=document`)
      .set(operator)
      .expect(200);
    expect(history.body.items[0].data).toMatchObject({ kind: 'invoice', number: `INV-${year}-000002` });
  }, 30_000);

  it('lets admins edit a template, refusing one that does not compile, and reset it', async () => {
    await t.http().put('/api/document-templates/act/en').set(operator).send({ body: 'x' }).expect(403);
    const broken = await t.http().put('/api/document-templates/act/en').set(admin).send({ body: '{{#if}}' });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('TEMPLATE_INVALID');
    expect(broken.body.details[0].field).toBe('body');
    await t
      .http()
      .put('/api/document-templates/act/en')
      .set(admin)
      .send({
        name: 'Акт',
        body: '<p>Акт {{document.number}} для {{client.displayName}}: {{order.total}}</p>',
      })
      .expect(200);
    const act = await t.http().post(`/api/orders/${orderId}/documents`).set(operator).send({ kind: 'act' });
    const html = await t.http().get(`/api/documents/${act.body.id}/file?format=html`).set(operator);
    expect(html.text).toBe(
      `<p>Акт ${act.body.number} для ТОВ &quot;Ромашка&quot; &lt;script&gt;: 2500.00</p>`,
    );
    const reset = await t.http().delete('/api/document-templates/act/en').set(admin).expect(200);
    expect(reset.body.name).toBe('Act of completed works');
    const kinds = await t.http().get('/api/document-templates').set(operator).expect(200);
    const listed = kinds.body.map((template: { kind: string; language: string }) => template.kind);
    expect([...new Set(listed)]).toEqual(['contract', 'invoice', 'act', 'proposal', 'vat-invoice']);
    expect(
      (await t.http().post(`/api/orders/${orderId}/documents`).set(operator).send({ kind: 'memo' })).status,
    ).toBe(400);
  }, 30_000);

  it('has every default template in en, ru and uk, and prints in the language of the chosen one', async () => {
    const templates = (await t.http().get('/api/document-templates').set(operator).expect(200)).body as {
      kind: string;
      language: string;
      name: string;
    }[];
    expect(templates).toHaveLength(15);
    const invoices = templates.filter((template) => template.kind === 'invoice');
    expect(invoices.map(({ language, name }) => [language, name])).toEqual([
      ['en', 'Invoice'],
      ['ru', 'Счёт на оплату'],
      ['uk', 'Рахунок на оплату'],
    ]);
    const generated = await t
      .http()
      .post(`/api/orders/${orderId}/documents`)
      .set(operator)
      .send({ kind: 'invoice', language: 'uk' })
      .expect(201);
    const html = await t.http().get(`/api/documents/${generated.body.id}/file?format=html`).set(operator);
    expect(html.text).toContain('<html lang="uk">');
    expect(html.text).toContain(`Рахунок на оплату № ${generated.body.number}`);
    expect(html.text).toContain('<td>шт.</td>');
    expect(html.text).not.toMatch(/Invoice|Seller|pcs/);
    const english = await t
      .http()
      .post(`/api/orders/${orderId}/documents`)
      .set(operator)
      .send({ kind: 'invoice' })
      .expect(201);
    const englishHtml = await t
      .http()
      .get(`/api/documents/${english.body.id}/file?format=html`)
      .set(operator);
    expect(englishHtml.text).toContain('<td>pcs</td>');
    const wrong = await t
      .http()
      .post(`/api/orders/${orderId}/documents`)
      .set(operator)
      .send({ kind: 'invoice', language: 'de' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('language');
    const edited = await t
      .http()
      .put('/api/document-templates/invoice/ru')
      .set(admin)
      .send({ name: 'Счёт', body: '<p>Счёт {{document.number}}</p>' })
      .expect(200);
    expect(edited.body).toMatchObject({ kind: 'invoice', language: 'ru', name: 'Счёт' });
    const after = (await t.http().get('/api/document-templates').set(operator)).body as typeof templates;
    expect(after.find((item) => item.kind === 'invoice' && item.language === 'uk')?.name).toBe(
      'Рахунок на оплату',
    );
    await t.http().delete('/api/document-templates/invoice/ru').set(admin).expect(200);
  }, 30_000);

  it('prints a template without running its scripts or letting it fetch anything', async () => {
    const requests: string[] = [];
    const bait: Server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
    try {
      const body =
        `<img src="${origin}/img"><link rel="stylesheet" href="${origin}/css">` +
        `<script>fetch('${origin}/script')</script><iframe src="${origin}/frame"></iframe><p>{{document.number}}</p>`;
      await t.http().put('/api/document-templates/proposal/en').set(admin).send({ body }).expect(200);
      const document = await t
        .http()
        .post(`/api/orders/${orderId}/documents`)
        .set(operator)
        .send({ kind: 'proposal' })
        .expect(201);
      expect(document.body.hasPdf).toBe(true);
      expect(requests).toEqual([]);
    } finally {
      bait.close();
      await t.http().delete('/api/document-templates/proposal/en').set(admin).expect(200);
    }
  }, 30_000);

  it('refuses a template that would write to the server log', async () => {
    const logging = await t
      .http()
      .put('/api/document-templates/act/en')
      .set(admin)
      .send({ body: '{{log "secret" level="error"}}' });
    expect(logging.status).toBe(400);
    expect(logging.body.code).toBe('TEMPLATE_INVALID');
  });

  it('attaches files of any type within the size limit and gives them back', async () => {
    const upload = await t
      .http()
      .post(`/api/clients/${clientId}/attachments`)
      .set(operator)
      .attach('file', Buffer.from('scan bytes'), { filename: 'паспорт.jpg', contentType: 'image/jpeg' });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({
      clientId,
      fileName: 'паспорт.jpg',
      contentType: 'image/jpeg',
      size: 10,
    });
    const file = await t.http().get(`/api/attachments/${upload.body.id}/file`).set(operator).expect(200);
    expect(file.headers['content-disposition']).toContain(
      "filename*=UTF-8''%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.jpg",
    );
    expect(file.body.toString()).toBe('scan bytes');
    const tooBig = await t
      .http()
      .post(`/api/orders/${orderId}/attachments`)
      .set(operator)
      .attach('file', Buffer.alloc(5000), { filename: 'big.bin' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('FILE_TOO_LARGE');
    const missing = await t.http().post(`/api/orders/${orderId}/attachments`).set(operator);
    expect(missing.body.details).toMatchObject([{ field: 'file', reason: 'is required' }]);
    const list = await t.http().get(`/api/clients/${clientId}/attachments`).set(operator).expect(200);
    expect(list.body).toHaveLength(1);
    await t.http().get(`/api/attachments/${upload.body.id}/file`).expect(401);
  });
});
