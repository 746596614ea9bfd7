import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { AGENT_NAMESPACE, ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import { ScriptedAmiServer, SyntheticTraffic } from '@switchboard/telephony';
import { io, Socket } from 'socket.io-client';
import { DataSource, Like } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/core/config/app-config';
import { AccessTokens } from '../src/modules/auth/access-tokens.service';
import { callIdOf } from '../src/modules/calls/call-id';
import { ExtensionDirectory } from '../src/modules/users/extension-directory.service';
import { User } from '../src/modules/users/user.entity';
import { percentile } from './stats';

const AGENTS = 300;
const FIRST_EXTENSION = 3000;
const SECONDS_PER_RATE = 10;
const CREDENTIALS = { username: 'bench', secret: 'bench-secret' };
type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Agents bench-3000 … bench-3299 with extensions, kept in the bench database between runs. */
async function benchAgents(db: DataSource): Promise<User[]> {
  await db.query(
    `INSERT INTO users (login, display_name, password_hash, role, extension)
     SELECT 'bench-' || e, 'Bench agent ' || e, 'no-login', 'operator', e::text
       FROM generate_series($1::int, $1::int + $2::int - 1) AS e
     ON CONFLICT (login) DO NOTHING`,
    [FIRST_EXTENSION, AGENTS],
  );
  return db.getRepository(User).find({ where: { login: Like('bench-%') }, order: { extension: 'ASC' } });
}

async function connectAll(
  url: string,
  tokens: string[],
  onPop: (callId: string) => void,
): Promise<AgentSocket[]> {
  return Promise.all(
    tokens.map(
      (token) =>
        new Promise<AgentSocket>((resolve, reject) => {
          const socket: AgentSocket = io(`${url}${AGENT_NAMESPACE}`, {
            auth: { token },
            transports: ['websocket'],
          });
          socket.on('call.ringing', (pop) => onPop(pop.callId));
          socket.once('connect', () => resolve(socket));
          socket.once('connect_error', reject);
        }),
    ),
  );
}

/**
 * Screen-pop latency: from the ringing frame leaving the scripted AMI PBX to `call.ringing` arriving at the
 * agent's socket.io client, with 300 agents connected and callers taken from the seeded clients.
 */
export async function popLatency(databaseUrl: string, clients: number, rates: number[]): Promise<string[]> {
  const pbx = new ScriptedAmiServer(CREDENTIALS);
  const amiPort = await pbx.listen();
  const app = await createApp(
    loadConfig({
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: 'sb-bench:',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      PBX_MODE: 'asterisk',
      AMI_HOST: '127.0.0.1',
      AMI_PORT: String(amiPort),
      AMI_USERNAME: CREDENTIALS.username,
      AMI_SECRET: CREDENTIALS.secret,
    }),
  );
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const agents = await benchAgents(app.get(DataSource));
  await app.get(ExtensionDirectory).reload();
  const tokens = await Promise.all(agents.map((agent) => app.get(AccessTokens).issue(agent)));
  const sentAt = new Map<string, number>();
  const samples: number[] = [];
  const sockets = await connectAll(url, tokens, (callId) => {
    const sent = sentAt.get(callId);
    if (sent !== undefined) samples.push(performance.now() - sent);
    sentAt.delete(callId);
  });
  const lines: string[] = [];
  for (const rate of rates) {
    samples.length = 0;
    const traffic = new SyntheticTraffic(pbx, {
      callsPerSecond: rate,
      agents: () => agents.map((agent) => agent.extension ?? ''),
      nextCaller: () => `067 ${String(1 + Math.floor(Math.random() * clients)).padStart(7, '0')}`,
      ringMs: 1000,
      talkMs: 1000,
      onRing: (linkedid) => sentAt.set(callIdOf('main', linkedid), performance.now()),
    });
    traffic.start();
    await new Promise((resolve) => setTimeout(resolve, SECONDS_PER_RATE * 1000));
    traffic.stop();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const sorted = [...samples].sort((a, b) => a - b);
    const line = [50, 99].map((p) => `p${p} ${percentile(sorted, p).toFixed(2)} ms`).join(', ');
    lines.push(
      `${`pbx: screen-pop at ${rate} calls/s`.padEnd(34)} ${line}  (n=${sorted.length}, ${AGENTS} agents; target p99 < 20 ms)`,
    );
  }
  sockets.forEach((socket) => socket.disconnect());
  await app.close();
  await pbx.close();
  return lines;
}
