import { ClientSummary } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { fillSearchNames } from '../src/modules/clients/search/search-names.backfill';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

const PEOPLE = [
  { lastName: 'Шевченко', firstName: 'Тарас', emails: [{ email: 'olena@example.com' }] },
  { lastName: 'Shevchenko', firstName: 'Oksana', emails: [{ email: 'olena@example.org' }] },
  { lastName: 'Шевчук', firstName: 'Петро', emails: [{ email: 'petro@example.com' }] },
  { lastName: 'Щербак', firstName: 'Ярослав' },
  { lastName: 'Їжакевич', firstName: 'Євген' },
  { lastName: 'Гончаренко', firstName: 'Ігор' },
  { lastName: 'Ґудзь', firstName: 'Марія' },
  { lastName: 'Кирилюк', firstName: 'Іван' },
  { lastName: 'Коваль', firstName: 'Олена' },
  { lastName: 'Zhuk', firstName: 'Anna' },
];

describe('clients: search across scripts and by e-mail fragments', () => {
  let t: TestApp;
  let admin: AuthHeader;

  const names = async (q: string) => {
    const response = await t
      .http()
      .get(`/api/clients?q=${encodeURIComponent(q)}`)
      .set(admin);
    expect(response.status).toBe(200);
    return (response.body as { items: ClientSummary[] }).items.map((item) => item.displayName).sort();
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    for (const person of PEOPLE) {
      await t
        .http()
        .post('/api/clients')
        .set(admin)
        .send({ kind: 'person', ...person })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it.each([
    ['a partial e-mail', 'olena@example', ['Shevchenko Oksana', 'Шевченко Тарас']],
    ['the middle of an e-mail', 'lena@exam', ['Shevchenko Oksana', 'Шевченко Тарас']],
    ['an e-mail domain', '@example.org', ['Shevchenko Oksana']],
    ['a whole e-mail in any case', 'PETRO@example.com', ['Шевчук Петро']],
    ['Cyrillic, finding the Latin spelling too', 'Шевченко', ['Shevchenko Oksana', 'Шевченко Тарас']],
    ['Latin, finding the Cyrillic spelling too', 'Shevchenko', ['Shevchenko Oksana', 'Шевченко Тарас']],
    [
      'a Latin fragment of a Cyrillic name',
      'shevch',
      ['Shevchenko Oksana', 'Шевченко Тарас', 'Шевчук Петро'],
    ],
    ['Щ as shch', 'Shcherbak', ['Щербак Ярослав']],
    ['Ї and Є in a word and at its start', 'Yizhakevych Yevhen', ['Їжакевич Євген']],
    ['Ї inside a fragment', 'izhak', ['Їжакевич Євген']],
    ['Г as the Ukrainian h', 'Honcharenko', ['Гончаренко Ігор']],
    ['Г as the Russian g', 'Goncharenko Igor', ['Гончаренко Ігор']],
    ['Ґ as g', 'Gudz', ['Ґудзь Марія']],
    ['И as y and І as i', 'Kyryliuk Ivan', ['Кирилюк Іван']],
    ['И and Ю written the Russian way', 'Kirilyuk', ['Кирилюк Іван']],
    ['Latin written in Cyrillic', 'Жук', ['Zhuk Anna']],
  ])('finds by %s', async (_what, q, expected) => {
    expect(await names(q)).toEqual(expected);
  });

  it.each([
    ['an unrelated surname in Latin', 'Petrenko'],
    ['an unrelated surname in Cyrillic', 'Мельник'],
    ['an e-mail nobody has', 'olena@example.net'],
  ])('does not find %s', async (_what, q) => {
    expect(await names(q)).toEqual([]);
  });

  it('tolerates a typo in the other script', async () => {
    expect(await names('Shevchnko')).toEqual(expect.arrayContaining(['Shevchenko Oksana', 'Шевченко Тарас']));
  });

  it('searches again after a name changes, and by keys the backfill writes', async () => {
    const [client] = (await t.http().get('/api/clients?q=Коваль').set(admin)).body.items as ClientSummary[];
    await t.http().patch(`/api/clients/${client.id}`).set(admin).send({ lastName: 'Ковальчук' }).expect(200);
    expect(await names('Kovalchuk')).toEqual(['Ковальчук Олена']);

    const db = t.app.get(DataSource);
    await db.query(`UPDATE clients SET search_name = ''`);
    expect(await names('Kovalchuk')).toEqual([]);
    await fillSearchNames(db);
    expect(await names('Kovalchuk')).toEqual(['Ковальчук Олена']);
    expect(await names('Шевченко')).toEqual(['Shevchenko Oksana', 'Шевченко Тарас']);
  });
});
