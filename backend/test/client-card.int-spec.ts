import { Client, HistoryEntry } from '@switchboard/contracts';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

describe('clients: the card, its history, custom fields and the bin', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let operator: AuthHeader & { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    operator = await userHeader(t, 'operator');
    await t
      .http()
      .post('/api/client-fields')
      .set(admin)
      .send({ key: 'loyalty', label: 'Loyalty', type: 'select', options: ['bronze', 'gold'] })
      .expect(201);
    await t
      .http()
      .post('/api/client-fields')
      .set(admin)
      .send({ key: 'visits', label: 'Visits', type: 'number' })
      .expect(201);
  });
  afterAll(() => t.close());

  const history = async (id: string) =>
    (await t.http().get(`/api/clients/${id}/history`).set(admin).expect(200)).body.items as HistoryEntry[];

  it('stores a company with requisites, contacts and custom fields, and shows them on the card', async () => {
    const created = await t
      .http()
      .post('/api/clients')
      .set(operator)
      .send({
        kind: 'company',
        legalName: 'ТОВ Ромашка',
        taxId: '12345678',
        registrationNumbers: [{ label: 'VAT', value: '123456789012' }],
        bankDetails: { bankName: 'ПриватБанк', bankCode: '305299', account: 'UA213223130000026007233566001' },
        legalAddress: 'Київ, вул. Хрещатик, 1',
        phones: [{ number: '044 123 45 67', label: 'office' }],
        emails: [{ email: 'Office@Romashka.UA' }],
        contacts: [{ name: 'Ірина Бойко', position: 'buyer', phones: [{ number: '+380 50 111 22 33' }] }],
        category: 'wholesale',
        tags: ['Flowers', 'flowers', ' B2B '],
        source: 'site',
        status: 'active',
        managerId: operator.id,
        noMarketing: true,
        customFields: { loyalty: 'gold', visits: 3 },
      });
    expect(created.status).toBe(201);
    const card = created.body as Client;
    expect(card).toMatchObject({
      displayName: 'ТОВ Ромашка',
      phones: [{ number: '044 123 45 67', e164: '+380441234567', label: 'office' }],
      emails: [{ email: 'office@romashka.ua' }],
      contacts: [{ name: 'Ірина Бойко', position: 'buyer', phones: [{ e164: '+380501112233' }] }],
      tags: ['flowers', 'b2b'],
      manager: { id: operator.id },
      createdBy: { id: operator.id },
      noMarketing: true,
      doNotCall: false,
      customFields: { loyalty: 'gold', visits: 3 },
      deletedAt: null,
    });
    expect((await t.http().get(`/api/clients/${card.id}`).set(operator).expect(200)).body).toEqual(card);
    const byContact = await t.http().get('/api/clients/by-phone/0501112233').set(operator).expect(200);
    expect(byContact.body.id).toBe(card.id);
    expect((await history(card.id)).map((entry) => entry.kind)).toEqual(['created']);
  });

  it('edits only the fields sent, replaces lists whole, and records what changed', async () => {
    const { body: client } = await t
      .http()
      .post('/api/clients')
      .set(operator)
      .send({ kind: 'person', firstName: 'Олена', lastName: 'Коваль', phones: [{ number: '0671234567' }] });
    const edited = await t
      .http()
      .patch(`/api/clients/${client.id}`)
      .set(operator)
      .send({
        status: 'active',
        middleName: 'Петрівна',
        phones: [{ number: '0671234567' }, { number: '0931112233' }],
      });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      displayName: 'Коваль Олена Петрівна',
      firstName: 'Олена',
      status: 'active',
      phones: [{ e164: '+380671234567' }, { e164: '+380931112233' }],
    });
    const entries = await history(client.id);
    expect(entries.map((entry) => entry.kind)).toEqual(['updated', 'status-change', 'created']);
    expect(entries[0].data['fields']).toEqual(['displayName', 'middleName', 'phones', 'status']);
    expect(entries[1].data).toEqual({ from: 'lead', to: 'active' });
  });

  it('answers 400 naming the field for bad input and keeps the stored card unchanged', async () => {
    const { body: client } = await t
      .http()
      .post('/api/clients')
      .set(operator)
      .send({ kind: 'person', firstName: 'Іван', phones: [{ number: '0501234567' }] });
    const cases: [object, string, string][] = [
      [
        { phones: [{ number: '0501234567' }, { number: 'nope' }] },
        'phones.1.number',
        'is not a valid phone number',
      ],
      [{ taxId: '123' }, 'taxId', 'must be 8 (ЄДРПОУ), 10 or 12 (ИНН/РНОКПП) digits'],
      [{ customFields: { shoeSize: 42 } }, 'customFields.shoeSize', 'is not a defined field'],
      [{ customFields: { loyalty: 'platinum' } }, 'customFields.loyalty', 'must be one of bronze, gold'],
      [{ customFields: { visits: 'many' } }, 'customFields.visits', 'must be a number'],
      [{ firstName: null }, 'lastName', 'a person needs a first or last name'],
      [{ birthDate: '31.12.1990' }, 'birthDate', 'must be a date written as YYYY-MM-DD'],
      [{ managerId: '00000000-0000-4000-8000-000000000000' }, 'managerId', 'is not an active user'],
      [{ emails: [{ email: 'not-an-email' }] }, 'emails.0.email', 'must be an email address'],
    ];
    for (const [edit, field, reason] of cases) {
      const response = await t.http().patch(`/api/clients/${client.id}`).set(operator).send(edit);
      expect(response.status).toBe(400);
      expect(response.body.details).toContainEqual(expect.objectContaining({ field, reason }));
    }
    const stored = await t.http().get(`/api/clients/${client.id}`).set(operator).expect(200);
    expect(stored.body).toEqual(client);
  });

  it('keeps notes and meetings on the timeline, newest first, paged, and moves the last contact', async () => {
    const { body: client } = await t
      .http()
      .post('/api/clients')
      .set(operator)
      .send({ kind: 'person', lastName: 'Note' });
    await t
      .http()
      .post(`/api/clients/${client.id}/history`)
      .set(operator)
      .send({ kind: 'meeting', text: 'Showroom visit', occurredAt: '2026-01-10T10:00:00.000Z' })
      .expect(201);
    const note = await t
      .http()
      .post(`/api/clients/${client.id}/history`)
      .set(operator)
      .send({ kind: 'note', text: 'Prefers calls after 6 pm' });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      kind: 'note',
      text: 'Prefers calls after 6 pm',
      author: { id: operator.id },
    });
    const page = await t.http().get(`/api/clients/${client.id}/history?pageSize=2`).set(operator).expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((entry: HistoryEntry) => entry.kind)).toEqual(['note', 'created']);
    const meetings = await t
      .http()
      .get(`/api/clients/${client.id}/history?kind=meeting`)
      .set(operator)
      .expect(200);
    expect(meetings.body.items).toHaveLength(1);
    const card = await t.http().get(`/api/clients/${client.id}`).set(operator).expect(200);
    expect(card.body.lastContactAt).toBe(note.body.occurredAt);
    const bad = await t
      .http()
      .post(`/api/clients/${client.id}/history`)
      .set(operator)
      .send({ kind: 'call', text: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'kind',
      'text',
    ]);
  });

  it('moves a client to the bin and back; only supervisors and admins may', async () => {
    const { body: client } = await t
      .http()
      .post('/api/clients')
      .set(operator)
      .send({ kind: 'person', lastName: 'Binned', phones: [{ number: '0661112233' }] });
    await t.http().delete(`/api/clients/${client.id}`).set(operator).expect(403);
    await t.http().delete(`/api/clients/${client.id}`).set(admin).expect(204);
    await t.http().get('/api/clients/by-phone/0661112233').set(operator).expect(404);
    const binned = await t.http().get(`/api/clients/${client.id}`).set(operator).expect(200);
    expect(binned.body.deletedAt).not.toBeNull();
    await t.http().patch(`/api/clients/${client.id}`).set(operator).send({ category: 'vip' }).expect(404);
    const bin = await t.http().get('/api/clients?deleted=true').set(admin).expect(200);
    expect(bin.body.items.map((item: { id: string }) => item.id)).toEqual([client.id]);

    const restored = await t.http().post(`/api/clients/${client.id}/restore`).set(admin);
    expect(restored.status).toBe(200);
    expect(restored.body.deletedAt).toBeNull();
    await t.http().post(`/api/clients/${client.id}/restore`).set(admin).expect(409);
    expect((await history(client.id)).map((entry) => entry.kind).slice(0, 2)).toEqual([
      'restored',
      'deleted',
    ]);
  });

  it('lets only admins define custom fields, with clear errors', async () => {
    await t
      .http()
      .post('/api/client-fields')
      .set(operator)
      .send({ key: 'x', label: 'X', type: 'text' })
      .expect(403);
    const taken = await t
      .http()
      .post('/api/client-fields')
      .set(admin)
      .send({ key: 'loyalty', label: 'L', type: 'text' });
    expect(taken.status).toBe(409);
    expect(taken.body.details).toMatchObject([{ field: 'key', reason: 'is already used by another field' }]);
    const noOptions = await t
      .http()
      .post('/api/client-fields')
      .set(admin)
      .send({ key: 'size', label: 'S', type: 'select' });
    expect(noOptions.body.details).toMatchObject([
      { field: 'options', reason: 'a select field needs at least one option' },
    ]);
    const list = await t.http().get('/api/client-fields').set(operator).expect(200);
    expect(list.body.map((field: { key: string }) => field.key)).toEqual(['loyalty', 'visits']);
  });

  it('needs a signed-in user for every clients route', async () => {
    await t.http().get('/api/clients').expect(401);
    await t.http().get('/api/client-fields').expect(401);
    await t.http().get('/api/client-segments').expect(401);
  });
});
