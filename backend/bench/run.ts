import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/core/config/app-config';
import { databaseOptions } from '../src/core/database/database-options';
import { ClientsService } from '../src/modules/clients/clients.service';
import { seedClients } from './seed-clients';
import { measure, report } from './stats';

const SERVER_URL = process.env['BENCH_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 1_000_000);
const LOOKUPS = 5000;

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
  const database = await new DataSource(databaseOptions(databaseUrl)).initialize();
  await database.runMigrations();
  const seeding = Date.now();
  await seedClients(database, CLIENTS);
  process.stdout.write(
    `data set: ${CLIENTS} clients ready in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`,
  );
  await database.destroy();

  const app = await createApp(
    loadConfig({
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: 'sb-bench:',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
    }),
  );
  await app.init();
  const clients = app.get(ClientsService);
  const numbers = Array.from({ length: LOOKUPS }, () => {
    const index = 1 + Math.floor(Math.random() * CLIENTS);
    return `067 ${String(index).padStart(7, '0')}`;
  });
  report(
    'clients: by-phone look-up',
    await measure(numbers, (number) => clients.findByPhone(number)),
    'p99 < 2 ms',
  );
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
