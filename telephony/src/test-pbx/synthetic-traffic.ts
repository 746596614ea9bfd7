import { ScriptedAmiServer } from './scripted-ami-server';
import { SyntheticCall, SyntheticCallSpec, syntheticCall } from './synthetic-calls';
import { syntheticQueueCall } from './synthetic-queue-calls';

export interface SyntheticTrafficOptions {
  callsPerSecond: number;
  /** Extensions whose phones ring, taken in turn. */
  agents: () => string[];
  /** The next caller's number (a known client's, or any other). */
  nextCaller: () => string;
  /** How long a phone rings before it is answered, and how long the talk lasts (auto-answer only). */
  ringMs?: number;
  talkMs?: number;
  /**
   * Who picks up: by default every call is answered after `ringMs` and hung up after `talkMs` (the bench);
   * given this, the call is handed over instead to be rung and played (the demo phone waits for the agent).
   */
  takeCall?: (agent: string, call: SyntheticCall) => void;
  /** Calls come through this queue (joining it, then the queue rings the agent) rather than directly. */
  queue?: string;
  /** Told when a call's ringing frames were written, for latency measurements. */
  onRing?: (linkedid: string, agent: string) => void;
}

/** Rings agents of a scripted PBX with new calls at a steady rate: the bench's load and the demo mode. */
export class SyntheticTraffic {
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Set<NodeJS.Timeout>();
  private sequence = 0;
  private nextAgent = 0;
  private readonly epoch = Math.floor(Date.now() / 1000);

  constructor(
    private readonly server: ScriptedAmiServer,
    private readonly options: SyntheticTrafficOptions,
  ) {}

  start(): void {
    if (this.timer || this.options.callsPerSecond <= 0) return;
    this.timer = setInterval(() => this.placeCall(), 1000 / this.options.callsPerSecond);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending.clear();
  }

  /** Places one call now; returns its Linkedid, or null when no agent is there to ring. */
  placeCall(): string | null {
    const agents = this.options.agents();
    if (agents.length === 0) return null;
    const agent = agents[this.nextAgent++ % agents.length];
    const linkedid = `${this.epoch}.${this.sequence++}`;
    const spec = { linkedid, callerNumber: this.options.nextCaller(), agent };
    const call = this.options.queue ? queuedCall(spec, this.options.queue) : syntheticCall(spec);
    if (this.options.takeCall) {
      this.options.takeCall(agent, call);
      this.options.onRing?.(linkedid, agent);
      return linkedid;
    }
    this.server.broadcast(call.ring);
    this.options.onRing?.(linkedid, agent);
    const ringMs = this.options.ringMs ?? 3000;
    this.later(ringMs, () => this.server.broadcast(call.answer));
    this.later(ringMs + (this.options.talkMs ?? 20_000), () => this.server.broadcast(call.hangup));
    return linkedid;
  }

  private later(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      work();
    }, ms);
    this.pending.add(timer);
  }
}

/** A caller who joins the queue and is offered to the agent at once, as one call's frames. */
function queuedCall(spec: SyntheticCallSpec, queue: string): SyntheticCall {
  const queued = syntheticQueueCall({ ...spec, queue });
  const offer = queued.offer(spec.agent);
  return { ...offer, ring: [...queued.join, ...offer.ring] };
}
