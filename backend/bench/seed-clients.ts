import { DataSource } from 'typeorm';
import { fillSearchNames } from '../src/modules/clients/search/search-names.backfill';

const ROOTS = [
  'Ковал',
  'Шевч',
  'Бойк',
  'Ткач',
  'Кравч',
  'Олійн',
  'Мельн',
  'Петр',
  'Савч',
  'Руд',
  'Бондар',
  'Марч',
  'Лис',
  'Гончар',
  'Мороз',
  'Павл',
  'Кузьм',
  'Соколь',
  'Попов',
  'Васил',
  'Степан',
  'Гриц',
  'Захарч',
  'Іван',
  'Левч',
  'Поліщ',
  'Тарас',
  'Федор',
  'Яковл',
  'Осадч',
  'Климч',
  'Дмитр',
  'Семен',
  'Карп',
  'Назар',
  'Остап',
  'Мирон',
  'Зінч',
  'Литвин',
  'Сидор',
  'Юрч',
  'Гайд',
  'Чорн',
  'Білен',
  'Сав',
  'Хомен',
  'Прокоп',
  'Демч',
  'Кирил',
  'Антон',
];
const SUFFIXES = ['енко', 'ук', 'чук', 'ов', 'ова', 'ський', 'ян', 'ишин'];
const FIRST_NAMES = [
  'Олена',
  'Олександр',
  'Ірина',
  'Андрій',
  'Наталія',
  'Сергій',
  'Тетяна',
  'Дмитро',
  'Оксана',
  'Віктор',
  'Юлія',
  'Максим',
  'Марія',
  'Іван',
  'Світлана',
  'Михайло',
  'Анна',
  'Володимир',
  'Катерина',
  'Петро',
  'Людмила',
  'Богдан',
  'Галина',
  'Тарас',
  'Вікторія',
  'Роман',
  'Ольга',
  'Артем',
  'Надія',
  'Денис',
  'Елена',
  'Алексей',
  'Мария',
  'Armen',
  'Anna',
  'Tigran',
  'Lilit',
  'Davit',
  'Anahit',
  'Aram',
];

const sqlArray = (items: string[]) => `ARRAY[${items.map((item) => `'${item}'`).join(',')}]`;
const LAST_NAMES = ROOTS.flatMap((root) => SUFFIXES.map((suffix) => root + suffix));

/**
 * Fills the bench database with `count` clients generated inside PostgreSQL (no dump is committed):
 * 400 surnames x 40 first names, every tenth client a company with an 8-digit tax id, every third with
 * an email. Client i has the mobile number +38067 followed by i in 7 digits.
 */
export async function seedClients(database: DataSource, count: number): Promise<void> {
  const [{ existing }] = (await database.query(`SELECT count(*)::int AS existing FROM clients`)) as {
    existing: number;
  }[];
  if (existing === count) return;
  await database.query(`TRUNCATE clients CASCADE`);
  await database.query(
    `INSERT INTO clients (id, kind, display_name, first_name, last_name, legal_name, tax_id, status, category,
                          tags, birth_date, last_contact_at, created_at)
     SELECT md5('client' || i)::uuid,
            CASE WHEN i % 10 = 0 THEN 'company' ELSE 'person' END,
            CASE WHEN i % 10 = 0 THEN 'ТОВ ' || ln || ' Груп ' || i ELSE ln || ' ' || fn END,
            CASE WHEN i % 10 = 0 THEN NULL ELSE fn END,
            CASE WHEN i % 10 = 0 THEN NULL ELSE ln END,
            CASE WHEN i % 10 = 0 THEN 'ТОВ ' || ln || ' Груп ' || i END,
            CASE WHEN i % 10 = 0 THEN lpad((10000000 + i)::text, 8, '0') END,
            (ARRAY['lead','active','inactive'])[1 + i % 3],
            (ARRAY['regular','vip','wholesale', NULL])[1 + i % 4],
            CASE WHEN i % 5 = 0 THEN ARRAY['newsletter'] ELSE '{}' END,
            DATE '1960-01-01' + (i % 18000),
            now() - (i % 700) * interval '1 day',
            now() - (i % 1000) * interval '1 hour'
       FROM generate_series(1, $1) AS i,
            LATERAL (SELECT (${sqlArray(LAST_NAMES)})[1 + i % ${LAST_NAMES.length}] AS ln,
                            (${sqlArray(FIRST_NAMES)})[1 + (i / ${LAST_NAMES.length}) % ${FIRST_NAMES.length}] AS fn) AS names`,
    [count],
  );
  await fillSearchNames(database);
  await database.query(
    `INSERT INTO client_phones (client_id, original, e164)
     SELECT md5('client' || i)::uuid, '067 ' || lpad(i::text, 7, '0'), '+38067' || lpad(i::text, 7, '0')
       FROM generate_series(1, $1) AS i`,
    [count],
  );
  await database.query(
    `INSERT INTO client_emails (client_id, email)
     SELECT md5('client' || i)::uuid, 'client' || i || '@example.com' FROM generate_series(3, $1, 3) AS i`,
    [count],
  );
  for (const table of ['clients', 'client_phones', 'client_emails'])
    await database.query(`VACUUM ANALYZE ${table}`);
}

/** A fragment of a generated surname, as an operator would type it. */
export const surnameFragment = (index: number) => LAST_NAMES[index % LAST_NAMES.length].slice(0, 6);
/** Surname and first name of generated client `i` (a person when i is not a multiple of 10). */
export const personName = (i: number) =>
  `${LAST_NAMES[i % LAST_NAMES.length]} ${FIRST_NAMES[Math.floor(i / LAST_NAMES.length) % FIRST_NAMES.length]}`;
