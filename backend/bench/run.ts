import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { standaloneDataSource } from '../src/database/standalone-data-source';
import { ClientsService } from '../src/modules/clients/clients.service';
import { ListClientsQuery } from '../src/modules/clients/dto/list-clients.query';
import { ClientsSearchService } from '../src/modules/clients/search/clients-search.service';
import { personName, seedClients, surnameFragment } from './seed-clients';
import { seedOrders } from './seed-orders';
import { amiThroughput } from './ami-throughput';
import { benchConfig } from './bench-config';
import { popLatency } from './pop-latency';
import { surveyLateness } from './survey-lateness';
import { FinanceService } from '../src/modules/payments/finance.service';
import { OrdersListService } from '../src/modules/orders/orders-list.service';
import { measure, report } from './stats';

const SERVER_URL = process.env['BENCH_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 1_000_000);
const LOOKUPS = 5000;
const SEARCHES = 500;

async function ensureDatabase(name: string): Promise<string> {
  const server = new Client({ connectionString: SERVER_URL });
  await server.connect();
  const { rowCount } = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await server.query(`CREATE DATABASE ${name}`);
  await server.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `npm run bench`: seeds the data set once (kept in database sb_bench) and reports latencies. */
async function main(): Promise<void> {
  const databaseUrl = await ensureDatabase('sb_bench');
  const database = await standaloneDataSource(databaseUrl).initialize();
  await database.runMigrations();
  const seeding = Date.now();
  await seedClients(database, CLIENTS);
  await seedOrders(database, CLIENTS);
  process.stdout.write(
    `data set: ${CLIENTS} clients, ${CLIENTS * 5} orders ready in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`,
  );
  await database.destroy();
  // BENCH_ONLY=pop or =surveys measures only the screen-pop or the survey calls (the data set is seeded either way).
  const only = process.env['BENCH_ONLY'];
  if (!only) await dataPaths(databaseUrl);
  const lines = async (measured: Promise<string[]>) =>
    (await measured).forEach((line) => process.stdout.write(`${line}\n`));
  if (!only || only === 'pop') await lines(popLatency(databaseUrl, CLIENTS, [50, 200]));
  if (!only || only === 'surveys') await lines(surveyLateness(databaseUrl, CLIENTS, seededClientId));
}

/** Look-ups, searches, finance and funnel counts on the data set, then AMI parsing throughput. */
async function dataPaths(databaseUrl: string): Promise<void> {
  const app = await createApp(benchConfig(databaseUrl));
  await app.init();
  const clients = app.get(ClientsService);
  const search = app.get(ClientsSearchService);
  const someClient = () => 1 + Math.floor(Math.random() * CLIENTS);
  const inputs = <T>(count: number, make: (index: number) => T) =>
    Array.from({ length: count }, () => make(someClient()));
  const find = (q: string) => search.list(Object.assign(new ListClientsQuery(), { q }));

  const numbers = inputs(LOOKUPS, (i) => `067 ${String(i).padStart(7, '0')}`);
  report(
    'clients: by-phone look-up',
    await measure(numbers, (number) => clients.findByPhone(number)),
    'p99 < 2 ms',
  );
  const suffixes = inputs(SEARCHES, (i) => String(i).padStart(7, '0').slice(-4));
  report('clients: search by last 4 digits', await measure(suffixes, find), 'p95 < 50 ms');
  const fullNumbers = inputs(SEARCHES, (i) => `+380 67 ${String(i).padStart(7, '0')}`);
  report('clients: search by full number', await measure(fullNumbers, find), 'p95 < 50 ms');
  const fragments = inputs(SEARCHES, (i) => surnameFragment(i));
  report('clients: search by surname fragment', await measure(fragments, find), 'p95 < 50 ms');
  const names = inputs(SEARCHES, (i) => personName(i).replace(/^(\S{5})\S*/, '$1'));
  report('clients: search by name fragments', await measure(names, find), 'p95 < 50 ms');
  const taxIds = inputs(SEARCHES, (i) => String(10000000 + i - (i % 10)).padStart(8, '0'));
  report('clients: search by tax id', await measure(taxIds, find), 'p95 < 50 ms');
  const finance = app.get(FinanceService);
  const ids = inputs(LOOKUPS, seededClientId);
  report('orders: client finance (pop data)', await measure(ids, (id) => finance.client(id)), 'p99 < 3 ms');
  const lists = app.get(OrdersListService);
  report(
    'orders: funnel counts by stage',
    await measure(
      Array.from({ length: 20 }, () => 0),
      () => lists.funnel(),
    ),
    '< 500 ms',
  );
  await app.close();
  for (const line of await amiThroughput()) process.stdout.write(`${line}\n`);
}

/** The id the seed gives client i: md5('client' || i) read as a uuid. */
function seededClientId(i: number): string {
  const hex = createHash('md5').update(`client${i}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
