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

  /** Calls at `rate` for the plan's seconds; the pops' latency once they all had time to arrive. */
  const play = async (rate: number, queue?: string) => {
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
    await new Promise((resolve) => setTimeout(resolve, plan.secondsPerRate * 1000));
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
  lines.push(await wallboardCost(plan, wallboards, () => play(rate, BENCH_QUEUE)));
  const { callerJoined, agentRinging, statsUpdated } = await wallboards.report();
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
 * What open wallboards cost the pop, told apart from the machine's noise: pairs of runs with the wallboards
 * closed and open, alternating which goes first, the calls table vacuumed before each; the median of the
 * pairs' differences.
 */
async function wallboardCost(
  plan: LoadPlan,
  wallboards: ReturnType<typeof wallboardProcess>,
  run: () => Promise<{ sorted: number[] }>,
): Promise<string> {
  const differences = { p50: [] as number[], p99: [] as number[] };
  const seen: string[] = [];
  for (let pair = 0; pair < plan.wallboardPairs; pair++) {
    const figures = new Map<boolean, number[]>();
    for (const open of pair % 2 === 0 ? [false, true] : [true, false]) {
      await wallboards.watching(open);
      const vacuumed = new Promise((resolve) => process.once('message', resolve));
      tell({ vacuum: true });
      await vacuumed;
      const { sorted } = await run();
      figures.set(open, [percentile(sorted, 50), percentile(sorted, 99)]);
    }
    const [closed, open] = [figures.get(false) ?? [0, 0], figures.get(true) ?? [0, 0]];
    differences.p50.push(open[0] - closed[0]);
    differences.p99.push(open[1] - closed[1]);
    seen.push(`${closed[1].toFixed(1)}→${open[1].toFixed(1)}`);
  }
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)} ms`;
  return (
    `${'pbx: screen-pop cost of open wallboards'.padEnd(44)} median p50 ${signed(median(differences.p50))}, ` +
    `p99 ${signed(median(differences.p99))}  (${plan.wallboardPairs} closed/open pairs, p99 ms ${seen.join(', ')}; target ≤ +1 ms)`
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
    async report(): Promise<WallboardSamples> {
      clearInterval(flush);
      if (batch.length > 0) order({ sent: batch });
      const reply = next();
      order({ report: true });
      const answer = await reply;
      child.kill();
      return 'samples' in answer ? answer.samples : { callerJoined: [], agentRinging: [], statsUpdated: [] };
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`pop load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
