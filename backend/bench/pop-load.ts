import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ScriptedAmiServer, SyntheticTraffic } from '@switchboard/telephony/test-pbx';
import { callIdOf } from '../src/modules/calls/call-id';
import { AgentPops } from './agent-pops';
import { LOAD_CREDENTIALS, LoadMessage, LoadPlan } from './pop-plan';
import { BENCH_QUEUE } from './bench-supervisors';
import { percentile } from './stats';
import { WallboardOrder, WallboardReport } from './wallboard-load';
import { WallboardSamples, sharedNow } from './wallboard-watch';

const latency = (sorted: number[]) =>
  [50, 99].map((p) => `p${p} ${percentile(sorted, p).toFixed(2)} ms`).join(', ');

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
  const pops = await AgentPops.connect(plan.url, plan.tokens);
  const lines: string[] = [];
  const wallboards = wallboardProcess();
  const caller = () => `067 ${String(1 + Math.floor(Math.random() * plan.clients)).padStart(7, '0')}`;

  /** Calls at `rate` for `seconds`; the pops' latency once they all had time to arrive. */
  const play = async (rate: number, queue?: string, seconds = plan.secondsPerRate) => {
    pops.reset();
    let placed = 0;
    const traffic = new SyntheticTraffic(pbx, {
      callsPerSecond: rate,
      agents: () => plan.extensions,
      nextCaller: caller,
      queue,
      // A queue rings only free members: its calls end before the agent's next one (300 agents, 200/s).
      ringMs: queue ? 400 : 1000,
      talkMs: queue ? 600 : 1000,
      onRing: (linkedid) => {
        placed++;
        const callId = callIdOf('main', linkedid);
        pops.sent(callId);
        wallboards.sent(callId);
      },
    });
    traffic.start();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    traffic.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { sorted: pops.sorted(), placed };
  };
  const popLine = (name: string, { sorted, placed }: { sorted: number[]; placed: number }) =>
    `${name.padEnd(44)} ${latency(sorted)}  (${sorted.length}/${placed} pops, ${pops.agents} agents; target p99 < 20 ms)`;

  // First runs at the highest rate, direct and through the queue, warm up the JIT and open the pool's
  // connections with their prepared statements (kept open from then on); they are not reported.
  await play(Math.max(...plan.rates));
  await play(Math.max(...plan.rates), BENCH_QUEUE);
  /** A run the backend's stage figures cover alone. */
  const measure = async (run: string, rate: number, queue?: string) => {
    tell({ measuring: run });
    const result = await play(rate, queue);
    tell({ measured: run });
    lines.push(popLine(`pbx: screen-pop, ${run}`, result));
  };
  for (const rate of plan.rates) await measure(`${rate} calls/s`, rate);

  const rate = Math.max(...plan.rates);
  await measure(`${rate} queue calls/s`, rate, BENCH_QUEUE);
  await wallboards.open(plan.url, plan.supervisorTokens);
  await measure(`${rate} queue calls/s, ${plan.supervisorTokens.length} wallboards`, rate, BENCH_QUEUE);
  const { callerJoined, agentRinging, statsUpdated } = await wallboards.report();
  lines.push(await wallboardCost(plan, wallboards, pops, (seconds) => play(rate, BENCH_QUEUE, seconds)));
  wallboards.close();
  const deltaLine = (name: string, values: number[], target: string) =>
    `${name.padEnd(44)} ${latency([...values].sort((a, b) => a - b))}  (${values.length} deltas; ${target})`;
  lines.push(deltaLine('wallboard: caller joined (frame → socket)', callerJoined, 'target p99 ≤ 50 ms'));
  lines.push(deltaLine('wallboard: agent ringing (frame → socket)', agentRinging, 'target p99 ≤ 50 ms'));
  lines.push(deltaLine('wallboard: queue figures (coalesced, 250 ms)', statsUpdated, 'never later than 1 s'));
  pops.close();
  await pbx.close();
  tell({ lines });
}

/**
 * What open wallboards cost the pop, told apart from the machine's noise: a stall of the database or of the
 * event loop lands in whichever run it happens to, so the two states alternate every couple of seconds within
 * one run, the calls table vacuumed first, and each pop counts for the state it rang in. Pops that rang while
 * the wallboards were opening or closing count for neither: the opening's snapshots are a cost once per shift
 * (`snapshots` says how the pops fared meanwhile), not while the wallboard runs.
 */
async function wallboardCost(
  plan: LoadPlan,
  wallboards: ReturnType<typeof wallboardProcess>,
  pops: AgentPops,
  play: (seconds: number) => Promise<{ placed: number }>,
): Promise<string> {
  const vacuumed = new Promise((resolve) => process.once('message', resolve));
  tell({ vacuum: true });
  await vacuumed;
  let running = true;
  const alternate = async () => {
    for (let open = false; running; open = !open) {
      pops.tag = 'switching';
      await wallboards.watching(open);
      pops.tag = open ? 'open' : 'closed';
      await new Promise((resolve) => setTimeout(resolve, plan.wallboardWindowMs));
    }
  };
  const alternating = alternate();
  const { placed } = await play(plan.wallboardSeconds);
  running = false;
  await alternating;
  const [closed, open, switching] = [pops.sorted('closed'), pops.sorted('open'), pops.sorted('switching')];
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)} ms`;
  const change = (p: number) => signed(percentile(open, p) - percentile(closed, p));
  return (
    `${'pbx: screen-pop cost of open wallboards'.padEnd(44)} p50 ${change(50)}, p99 ${change(99)}  ` +
    `(closed ${latency(closed)} over ${closed.length} pops, open ${latency(open)} over ${open.length}, of ${placed}; ` +
    `${plan.wallboardWindowMs / 1000} s windows over ${plan.wallboardSeconds} s; target ≤ +1 ms; ` +
    `opening or closing: ${latency(switching)} over ${switching.length})`
  );
}

/** The supervisors' wallboards in their own process; the calls' sending times go to it in small batches. */
function wallboardProcess() {
  const child = fork(join(__dirname, 'wallboard-load.js'));
  const order = (message: WallboardOrder) => child.send(message);
  const next = () => new Promise<WallboardReport>((resolve) => child.once('message', resolve));
  let batch: [string, number][] = [];
  let watching = false;
  const flush = setInterval(() => {
    if (batch.length > 0) order({ sent: batch });
    batch = [];
  }, 10);
  return {
    sent(callId: string) {
      if (watching) batch.push([callId, sharedNow()]);
    },
    async open(url: string, tokens: string[]) {
      const opened = next();
      order({ open: { url, tokens } });
      await opened;
      watching = true;
    },
    async watching(open: boolean): Promise<void> {
      const watched = next();
      order({ watching: open });
      await watched;
    },
    /** The deltas seen so far; the wallboards stay open. */
    async report(): Promise<WallboardSamples> {
      if (batch.length > 0) order({ sent: batch });
      batch = [];
      const reply = next();
      order({ report: true });
      const answer = await reply;
      watching = false;
      return 'samples' in answer ? answer.samples : { callerJoined: [], agentRinging: [], statsUpdated: [] };
    },
    close(): void {
      clearInterval(flush);
      child.kill();
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`pop load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
