import { fork } from 'node:child_process';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { AuthService } from '../src/modules/auth/auth.service';
import { ExtensionDirectory } from '../src/modules/users/extension-directory.service';
import { benchAgents } from './bench-agents';
import { benchConfig } from './bench-config';
import { benchSupervisors } from './bench-supervisors';
import { LOAD_CREDENTIALS, LoadMessage, LoadPlan } from './pop-plan';
import { popStagesLine, resetPopStages } from './pop-stages';

const SECONDS_PER_RATE = 10;

/**
 * Screen-pop latency: from the ringing frame leaving the scripted AMI PBX to `call.ringing` arriving at the
 * agent's socket.io client, with 300 agents connected and callers taken from the seeded clients; then queue
 * calls with and without 20 supervisors' wallboards open, and the wallboards' deltas. The PBX, the agents and
 * the supervisors run in a second process (pop-load.ts); this one runs the backend.
 */
export async function popLatency(databaseUrl: string, clients: number, rates: number[]): Promise<string[]> {
  const load = fork(join(__dirname, 'pop-load.js'));
  const [{ amiPort }] = (await once(load, 'message')) as [{ amiPort: number }];
  const app = await createApp(
    benchConfig(databaseUrl, {
      PBX_MODE: 'asterisk',
      AMI_HOST: '127.0.0.1',
      AMI_PORT: String(amiPort),
      AMI_USERNAME: LOAD_CREDENTIALS.username,
      AMI_SECRET: LOAD_CREDENTIALS.secret,
    }),
  );
  try {
    await app.listen(0, '127.0.0.1');
    const agents = await benchAgents(app.get(DataSource));
    const supervisors = await benchSupervisors(app.get(DataSource), agents);
    await app.get(ExtensionDirectory).reload();
    const plan: LoadPlan = {
      url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
      tokens: await Promise.all(
        agents.map((agent) => app.get(AuthService).signIn(agent, { userAgent: 'bench' })),
      ),
      supervisorTokens: await Promise.all(
        supervisors.map((user) => app.get(AuthService).signIn(user, { userAgent: 'bench' })),
      ),
      extensions: agents.map((agent) => agent.extension ?? ''),
      clients,
      rates,
      secondsPerRate: SECONDS_PER_RATE,
      wallboardSeconds: Number(process.env['BENCH_WALLBOARD_SECONDS'] ?? 60),
      wallboardWindowMs: 2000,
    };
    const registry = app.get(Registry);
    const stages: Promise<string>[] = [];
    const lines = new Promise<string[]>((resolve) =>
      load.on('message', (message: LoadMessage) => {
        if ('measuring' in message) resetPopStages(registry);
        // Dead rows of the previous run's calls would otherwise slow the next one's writes.
        if ('vacuum' in message) {
          void app
            .get(DataSource)
            .query('VACUUM ANALYZE calls')
            .then(() => load.send({ vacuumed: true }));
        }
        if ('measured' in message) stages.push(popStagesLine(registry, message.measured));
        if ('lines' in message) resolve(message.lines);
      }),
    );
    load.send(plan);
    return [...(await lines), ...(await Promise.all(stages))];
  } finally {
    load.kill();
    await app.close();
  }
}
