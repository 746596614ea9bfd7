import { AGENT_NAMESPACE, ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import { ScriptedAmiServer, SyntheticTraffic } from '@switchboard/telephony/test-pbx';
import { io, Socket } from 'socket.io-client';
import { callIdOf } from '../src/modules/calls/call-id';
import { LOAD_CREDENTIALS, LoadMessage, LoadPlan } from './pop-plan';
import { percentile } from './stats';

type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const tell = (message: LoadMessage) => process.send?.(message);

/**
 * The load side of the screen-pop bench, in its own process so that it does not share the backend's CPU
 * time: the scripted AMI PBX placing calls, and the 300 agents' socket.io clients receiving the pops. Both
 * ends of each measurement are taken here, on one clock.
 */
async function main(): Promise<void> {
  const pbx = new ScriptedAmiServer(LOAD_CREDENTIALS);
  tell({ amiPort: await pbx.listen() });
  const plan = await new Promise<LoadPlan>((resolve) =>
    process.once('message', (message) => resolve(message as LoadPlan)),
  );
  const sentAt = new Map<string, number>();
  const samples: number[] = [];
  const sockets = await Promise.all(
    plan.tokens.map(
      (token) =>
        new Promise<AgentSocket>((resolve, reject) => {
          const socket: AgentSocket = io(`${plan.url}${AGENT_NAMESPACE}`, {
            auth: { token },
            transports: ['websocket'],
          });
          socket.on('call.ringing', ({ callId }) => {
            const sent = sentAt.get(callId);
            if (sent !== undefined) samples.push(performance.now() - sent);
            sentAt.delete(callId);
          });
          socket.once('connect', () => resolve(socket));
          socket.once('connect_error', reject);
        }),
    ),
  );
  const lines: string[] = [];
  // A first run at the highest rate warms up the JIT and opens the pool's connections with their prepared
  // statements (kept open from then on); it is not reported.
  const warmUp = [Math.max(...plan.rates), false] as const;
  for (const [rate, measured] of [warmUp, ...plan.rates.map((r) => [r, true] as const)]) {
    samples.length = 0;
    if (measured) tell({ measuring: rate });
    let placed = 0;
    const traffic = new SyntheticTraffic(pbx, {
      callsPerSecond: rate,
      agents: () => plan.extensions,
      nextCaller: () => `067 ${String(1 + Math.floor(Math.random() * plan.clients)).padStart(7, '0')}`,
      ringMs: 1000,
      talkMs: 1000,
      onRing: (linkedid) => {
        placed++;
        sentAt.set(callIdOf('main', linkedid), performance.now());
      },
    });
    traffic.start();
    await new Promise((resolve) => setTimeout(resolve, plan.secondsPerRate * 1000));
    traffic.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    sentAt.clear();
    if (!measured) continue;
    tell({ measured: rate });
    const sorted = [...samples].sort((a, b) => a - b);
    const latency = [50, 99].map((p) => `p${p} ${percentile(sorted, p).toFixed(2)} ms`).join(', ');
    const name = `pbx: screen-pop at ${rate} calls/s`.padEnd(34);
    lines.push(
      `${name} ${latency}  (${sorted.length}/${placed} pops, ${sockets.length} agents; target p99 < 20 ms)`,
    );
    sentAt.clear();
  }
  sockets.forEach((socket) => socket.disconnect());
  await pbx.close();
  tell({ lines });
}

main().catch((error: unknown) => {
  process.stderr.write(`pop load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
