import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import { LoginResponse } from '@switchboard/contracts';
import Redis from 'ioredis';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/core/config/app-config';
import { applyMigrations } from '../../src/database/standalone-data-source';
import { createTestDatabase } from './test-database';
import { startWorkerProcess, WorkerProcess } from './worker-process';

export const ADMIN = { login: 'admin', password: 'admin-password-1' };
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Removes every key a test app wrote (sessions, throttles, queues): they all carry its prefix. */
async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 })) {
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  http: () => ReturnType<typeof request>;
  login: (login: string, password: string) => Promise<LoginResponse>;
  /** Starts another worker process on the same database and Redis (stopped with the app). */
  startWorker: () => Promise<WorkerProcess>;
  /** Stops the application and starts it again on the same database and Redis prefix (a new port). */
  restart: () => Promise<TestApp>;
  close: () => Promise<void>;
}

/**
 * The real application on a random port, against its own PostgreSQL database and its own
 * Redis key prefix, so test files run side by side without touching each other's data.
 * `worker: true` also starts the worker process, for flows that go through a queue.
 */
export async function startTestApp(
  overrides: NodeJS.ProcessEnv = {},
  { worker = false }: { worker?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  await applyMigrations(database.url);
  const redisPrefix = `sb-test-${randomBytes(4).toString('hex')}:`;
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_LOGIN: ADMIN.login,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    STATIC_DIR: __dirname,
    ...overrides,
  };
  const workers: WorkerProcess[] = [];
  const startWorker = async () => {
    const started = await startWorkerProcess(env);
    workers.push(started);
    return started;
  };
  const testApp = await boot(env, startWorker, async () => {
    await Promise.all(workers.map((started) => started.stop()));
    await database.drop();
    await dropRedisKeys(redisPrefix);
  });
  if (worker) await startWorker();
  return testApp;
}

async function boot(
  env: NodeJS.ProcessEnv,
  startWorker: () => Promise<WorkerProcess>,
  cleanUp: () => Promise<void>,
): Promise<TestApp> {
  const app = await createApp(loadConfig(env));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const http = () => request(url);
  return {
    app,
    url,
    http,
    login: async (login, password) => {
      const response = await http().post('/api/auth/login').send({ login, password }).expect(200);
      return response.body as LoginResponse;
    },
    startWorker,
    restart: async () => {
      await app.close();
      return boot(env, startWorker, cleanUp);
    },
    close: async () => {
      await app.close();
      await cleanUp();
    },
  };
}
