import { ClientSummary } from '@switchboard/contracts';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

const today = new Date();
const isoDay = (offsetDays: number, year = 1990) => {
  const date = new Date(today.getTime() + offsetDays * 86_400_000);
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
};

describe('clients: search, filters, sorting, paging and segments', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let manager: AuthHeader & { id: string };
  const ids: Record<string, string> = {};

  const find = async (query: string) => {
    const response = await t.http().get(`/api/clients?${query}`).set(admin);
    expect(response.status).toBe(200);
    return response.body as { items: ClientSummary[]; total: number };
  };
  const names = async (query: string) => (await find(query)).items.map((item) => item.displayName);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    manager = await userHeader(t, 'supervisor');
    await t
      .http()
      .post('/api/client-fields')
      .set(admin)
      .send({ key: 'visits', label: 'Visits', type: 'number' });
    const clients = [
      {
        kind: 'person',
        lastName: 'Коваленко',
        firstName: 'Олена',
        phones: [{ number: '067 123 45 67' }],
        emails: [{ email: 'olena@example.com' }],
        category: 'vip',
        tags: ['wine'],
        status: 'active',
        managerId: manager.id,
        birthDate: isoDay(3),
        customFields: { visits: 12 },
      },
      {
        kind: 'person',
        lastName: 'Шевченко',
        firstName: 'Тарас',
        phones: [{ number: '+380 50 765 43 21' }],
        category: 'regular',
        status: 'lead',
        birthDate: isoDay(40),
        customFields: { visits: 2 },
      },
      {
        kind: 'company',
        legalName: 'ТОВ Ромашка',
        taxId: '12345678',
        phones: [{ number: '044 555 45 67' }],
        category: 'wholesale',
        tags: ['wine', 'b2b'],
        status: 'active',
      },
      {
        kind: 'person',
        lastName: 'Petrosyan',
        firstName: 'Armen',
        phones: [{ number: '+374 10 123456' }],
        status: 'inactive',
      },
    ];
    for (const client of clients) {
      const { body } = await t.http().post('/api/clients').set(admin).send(client).expect(201);
      ids[body.displayName] = body.id;
    }
    await t
      .http()
      .post(`/api/clients/${ids['Шевченко Тарас']}/history`)
      .set(admin)
      .send({ kind: 'note', text: 'called' });
  });
  afterAll(() => t.close());

  it.each([
    ['a full number in another format', '+380671234567', ['Коваленко Олена']],
    ['a national number', '0671234567', ['Коваленко Олена']],
    ['the last four digits', '4567', ['Коваленко Олена', 'ТОВ Ромашка']],
    ['the last digits with spaces', '45 67', ['Коваленко Олена', 'ТОВ Ромашка']],
    ['a name fragment in any case', 'коВАЛ', ['Коваленко Олена']],
    ['fragments of two words in any order', 'олен ковал', ['Коваленко Олена']],
    ['a name with a typo', 'Шевчнко', ['Шевченко Тарас']],
    ['a Latin name', 'petros', ['Petrosyan Armen']],
    ['a tax id', '12345678', ['ТОВ Ромашка']],
    ['an email in any case', 'OLENA@example.com', ['Коваленко Олена']],
  ])('finds by %s', async (_what, q, expected) => {
    expect(await names(`q=${encodeURIComponent(q)}`)).toEqual(expected);
  });

  it('answers the documented shape, and nothing for three digits or a stranger', async () => {
    const page = await find('q=Ромашка');
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(page.items[0]).toMatchObject({
      kind: 'company',
      taxId: '12345678',
      phones: ['044 555 45 67'],
      tags: ['wine', 'b2b'],
    });
    expect(await names('q=567')).toEqual([]);
    expect(await names('q=Nobody')).toEqual([]);
  });

  it.each([
    ['category', 'category=vip', ['Коваленко Олена']],
    ['tag', 'tag=wine', ['Коваленко Олена', 'ТОВ Ромашка']],
    ['status', 'status=active', ['Коваленко Олена', 'ТОВ Ромашка']],
    ['kind', 'kind=company', ['ТОВ Ромашка']],
    ['manager', () => `managerId=${manager.id}`, ['Коваленко Олена']],
    ['last contact date', () => `lastContactFrom=${isoDay(0, today.getUTCFullYear())}`, ['Шевченко Тарас']],
    ['birthday within 7 days', 'birthdayWithinDays=7', ['Коваленко Олена']],
    [
      'a custom number field',
      `customFields=${encodeURIComponent('[{"key":"visits","op":"gte","value":10}]')}`,
      ['Коваленко Олена'],
    ],
    ['search and filter together', 'q=4567&kind=person', ['Коваленко Олена']],
  ])('filters by %s', async (_what, query, expected) => {
    expect(await names(typeof query === 'function' ? query() : query)).toEqual(expected);
  });

  it('sorts and pages', async () => {
    expect(await names('sort=displayName&order=desc&pageSize=2')).toEqual(['Шевченко Тарас', 'ТОВ Ромашка']);
    const second = await find('sort=displayName&order=asc&pageSize=2&page=2');
    expect(second.total).toBe(4);
    // Latin sorts before Cyrillic: Petrosyan, Коваленко | ТОВ Ромашка, Шевченко.
    expect(second.items.map((item) => item.displayName)).toEqual(['ТОВ Ромашка', 'Шевченко Тарас']);
  });

  it('answers 400 naming the bad filter', async () => {
    const cases: [string, string][] = [
      ['sort=phone', 'sort'],
      ['pageSize=1000', 'pageSize'],
      ['status=gone', 'status'],
      ['birthdayWithinDays=-1', 'birthdayWithinDays'],
      ['lastContactFrom=yesterday', 'lastContactFrom'],
      [`customFields=${encodeURIComponent('[{"key":"shoe","op":"eq","value":1}]')}`, 'customFields.0'],
      [
        `customFields=${encodeURIComponent('[{"key":"visits","op":"contains","value":"x"}]')}`,
        'customFields.0',
      ],
      ['customFields=%7Bbroken', 'customFields'],
    ];
    for (const [query, field] of cases) {
      const response = await t.http().get(`/api/clients?${query}`).set(admin);
      expect(response.status).toBe(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
  });

  it('saves a filter as a segment that lists the same clients', async () => {
    const saved = await t
      .http()
      .post('/api/client-segments')
      .set(admin)
      .send({ name: 'Wine lovers', filter: { tag: 'wine', kind: 'person' } });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'Wine lovers', filter: { tag: 'wine', kind: 'person' } });
    const again = await t
      .http()
      .post('/api/client-segments')
      .set(admin)
      .send({ name: 'Wine lovers', filter: {} });
    expect(again.status).toBe(400);
    expect(again.body.details).toMatchObject([
      { field: 'name', reason: 'is already used by another segment' },
    ]);
    const bad = await t
      .http()
      .post('/api/client-segments')
      .set(admin)
      .send({ name: 'x', filter: { status: 'gone' } });
    expect(bad.body.details).toMatchObject([
      { field: 'filter.status', reason: 'must be one of lead, active, inactive' },
    ]);

    const [segment] = (await t.http().get('/api/client-segments').set(admin).expect(200)).body;
    const query = new URLSearchParams(segment.filter).toString();
    expect(await names(query)).toEqual(['Коваленко Олена']);
    await t
      .http()
      .put(`/api/client-segments/${segment.id}`)
      .set(admin)
      .send({ name: 'VIP', filter: { category: 'vip' } })
      .expect(200);
    await t.http().delete(`/api/client-segments/${segment.id}`).set(admin).expect(204);
    await t.http().delete(`/api/client-segments/${segment.id}`).set(admin).expect(404);
  });
});
