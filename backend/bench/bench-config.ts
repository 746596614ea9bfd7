import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '../src/core/config/app-config';

/** The backend's configuration for a bench run against `databaseUrl`, with `extra` variables on top. */
export function benchConfig(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: 'sb-bench:',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_PASSWORD: randomBytes(16).toString('hex'),
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'silent',
    ...extra,
  });
}
