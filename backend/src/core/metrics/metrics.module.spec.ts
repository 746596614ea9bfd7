import { Test } from '@nestjs/testing';
import request from 'supertest';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { MetricsServer } from './metrics.server';
import { MetricsModule } from './metrics.module';

const config = (env: NodeJS.ProcessEnv) =>
  loadConfig({
    DATABASE_URL: 'postgres://postgres@localhost/switchboard',
    REDIS_URL: 'redis://localhost:6379',
    JWT_SECRET: 'x'.repeat(32),
    ...env,
  });

async function boot(env: NodeJS.ProcessEnv) {
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config(env)), MetricsModule.forRoot('worker')],
  }).compile();
  return module.createNestApplication().init();
}

describe("MetricsModule for the worker's process", () => {
  it('serves its metrics on WORKER_METRICS_PORT, leaving METRICS_PORT to the API', async () => {
    const app = await boot({ METRICS_PORT: '1', WORKER_METRICS_PORT: '0' });
    try {
      const address = app.get(MetricsServer).address();
      expect(address).toMatchObject({ address: '127.0.0.1' });
      expect(address?.port).not.toBe(1);
      const scraped = await request(`http://127.0.0.1:${address?.port}`).get('/metrics').expect(200);
      expect(scraped.text).toContain('switchboard_job_lateness_seconds');
      expect(scraped.text).toContain('nodejs_eventloop_lag_seconds');
      expect(scraped.text).not.toContain('switchboard_pbx_link_state');
      await request(`http://127.0.0.1:${address?.port}`).get('/other').expect(404);
    } finally {
      await app.close();
    }
  });

  it('serves nothing when its port is not set', async () => {
    const app = await boot({ METRICS_PORT: '0' });
    try {
      expect(app.get(MetricsServer).address()).toBeNull();
    } finally {
      await app.close();
    }
  });
});
