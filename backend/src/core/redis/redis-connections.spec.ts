import { ChildProcess } from 'node:child_process';
import { Logger } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { RedisConnections } from './redis-connections';
import { logRedisErrorsOnce } from './redis-error-log';
import { REDIS, RedisModule } from './redis.module';
import { freePort } from '../../../test/helpers/free-port';
import { killRedis, startRedis } from '../../../test/helpers/redis-server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await work();
  return Date.now() - started;
}

describe('Redis connections', () => {
  let port: number;
  let redis: ChildProcess;
  let module: TestingModule;
  let unhandled: jest.SpyInstance;
  let warnings: jest.SpyInstance;

  beforeEach(async () => {
    port = await freePort();
    redis = await startRedis(port);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_PREFIX: 'sb-redis-spec:',
      JWT_SECRET: 'a-test-secret-that-is-long-enough-to-pass',
    });
    module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), RedisModule],
    }).compile();
    await module.init();
    // ioredis prints an error event nobody handles with console.error; BullMQ does the same.
    unhandled = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await killRedis(redis);
  });

  it('closes the shared client within a second or so once Redis is gone, the outage logged once', async () => {
    const client = module.get<Redis>(REDIS);
    await expect(client.ping()).resolves.toBe('PONG');
    await killRedis(redis);
    await sleep(1500);

    expect(await elapsedMs(() => module.close())).toBeLessThan(1500);
    expect(unhandled).not.toHaveBeenCalled();
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(warnings.mock.calls[0][0]).toContain('ECONNREFUSED');
  });

  it('prefixes the keys of a client unless told not to, for pub/sub clients that name channels themselves', async () => {
    const connections = module.get(RedisConnections);
    const plain = connections.createClient('spec', { prefixKeys: false });
    await module.get<Redis>(REDIS).set('greeting', 'hello');

    await expect(plain.get('sb-redis-spec:greeting')).resolves.toBe('hello');
    plain.disconnect();
    await module.close();
  });

  it('keeps reconnecting while the app runs, so a restarted Redis is used again', async () => {
    const client = module.get<Redis>(REDIS);
    await killRedis(redis);
    await sleep(500);
    redis = await startRedis(port);

    await expect(client.ping()).resolves.toBe('PONG');
    expect(unhandled).not.toHaveBeenCalled();
    await module.close();
  });

  it('lets a BullMQ queue on the shared options close within seconds once Redis is gone', async () => {
    const connections = module.get(RedisConnections);
    const queue = new Queue('spec', { connection: connections.bullConnection(), prefix: 'sb-redis-spec' });
    logRedisErrorsOnce(queue, new Logger('spec'));
    await queue.waitUntilReady();
    await killRedis(redis);
    await sleep(1500);
    // Sent while Redis is gone, the job waits in the offline queue, and QUIT waits behind it.
    const stranded = queue.add('job', {});

    await module.close();
    expect(await elapsedMs(() => queue.close())).toBeLessThan(1500);
    await expect(stranded).rejects.toThrow('Connection is closed');
    expect(unhandled).not.toHaveBeenCalled();
  });
});
