import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DependencyState, HealthProbe, HealthReport } from '@switchboard/contracts';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../../core/redis/redis.module';
import { PbxService } from '../pbx/pbx.service';
import { NotReadyError } from './health.errors';

const PROBE_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly database: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly pbx: PbxService,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      probe(() => this.database.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const pbx = this.pbx.linkState;
    const pbxUsable = pbx === 'connected' || pbx === 'not-configured';
    return {
      status: database === 'up' && redis === 'up' && pbxUsable ? 'ok' : 'degraded',
      database,
      redis,
      pbx,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  /** Ready when the database and Redis answer and the PBX link, if one is configured, is up. */
  async ready(): Promise<HealthProbe> {
    if ((await this.report()).status !== 'ok') throw new NotReadyError();
    return { status: 'ok' };
  }
}
