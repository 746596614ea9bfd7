import { RingOutcome } from './demo-phones';
import { ScriptedAmiServer } from './scripted-ami-server';
import { SyntheticCall } from './synthetic-calls';
import { SyntheticQueueCall, syntheticQueueCall } from './synthetic-queue-calls';

export interface DemoQueuesOptions {
  queues: string[];
  /** New callers per second across the queues that have members. */
  callsPerSecond: number;
  nextCaller: () => string;
  /** The queue's members by extension. */
  membersOf: (queue: string) => string[];
  /** Whether this member's phone may ring now (free, not paused, …). */
  mayRing: (extension: string) => boolean;
  /** Rings the member's phone; the outcome says whether they answered. */
  offer: (agent: string, call: SyntheticCall, outcome: RingOutcome) => void;
  /** How long a caller waits before giving up, in milliseconds; a fresh value per caller. */
  patienceMs: () => number;
  /** Callers a queue holds at most; more are turned away (they never join). */
  maxWaiting?: number;
}

interface Caller {
  queue: string;
  call: SyntheticQueueCall;
  joinedAt: number;
  ringing: boolean;
  patience: NodeJS.Timeout;
}

const DISPATCH_MS = 1000;

/**
 * The demo's queues: callers join the queues that have members and wait, longest first, until a member is
 * free to take them; a caller whose ring goes unanswered, or who waited out their patience, hangs up
 * (an abandoned call the wallboard counts and the CRM turns into a call-back).
 */
export class DemoQueues {
  private readonly waiting: Caller[] = [];
  private arrivals: NodeJS.Timeout | null = null;
  private dispatcher: NodeJS.Timeout | null = null;
  private sequence = 0;
  private readonly epoch = Math.floor(Date.now() / 1000);

  constructor(
    private readonly server: ScriptedAmiServer,
    private readonly options: DemoQueuesOptions,
  ) {}

  start(): void {
    if (this.arrivals || this.options.callsPerSecond <= 0) return;
    this.arrivals = setInterval(() => this.arrive(), 1000 / this.options.callsPerSecond);
    this.dispatcher = setInterval(() => this.dispatch(), DISPATCH_MS);
  }

  stop(): void {
    if (this.arrivals) clearInterval(this.arrivals);
    if (this.dispatcher) clearInterval(this.dispatcher);
    this.arrivals = this.dispatcher = null;
    this.waiting.splice(0).forEach((caller) => clearTimeout(caller.patience));
  }

  /** A new caller joins one of the queues with members; returns its Linkedid, or null when none has any. */
  arrive(): string | null {
    const open = this.options.queues.filter((queue) => this.options.membersOf(queue).length > 0);
    const queue = open[Math.floor(Math.random() * open.length)];
    if (!queue) return null;
    const max = this.options.maxWaiting ?? 5;
    if (this.waiting.filter((caller) => caller.queue === queue).length >= max) return null;
    const linkedid = `${this.epoch}.q${this.sequence++}`;
    const call = syntheticQueueCall({ linkedid, callerNumber: this.options.nextCaller(), queue });
    const caller: Caller = {
      queue,
      call,
      joinedAt: Date.now(),
      ringing: false,
      patience: setTimeout(() => !caller.ringing && this.abandon(caller), this.options.patienceMs()),
    };
    this.waiting.push(caller);
    this.server.broadcast(call.join);
    this.dispatch();
    return linkedid;
  }

  private dispatch(): void {
    const offered = new Set<string>();
    for (const caller of [...this.waiting]) {
      if (caller.ringing) continue;
      const agent = this.options
        .membersOf(caller.queue)
        .find((member) => !offered.has(member) && this.options.mayRing(member));
      if (!agent) continue;
      offered.add(agent);
      caller.ringing = true;
      this.options.offer(agent, caller.call.offer(agent), {
        answered: () => this.leave(caller),
        unanswered: () => this.abandon(caller),
      });
    }
  }

  private abandon(caller: Caller): void {
    if (!this.leave(caller)) return;
    this.server.broadcast(caller.call.abandon(Math.round((Date.now() - caller.joinedAt) / 1000)));
  }

  /** Takes the caller out of the queue; false when they had already left it. */
  private leave(caller: Caller): boolean {
    const index = this.waiting.indexOf(caller);
    if (index < 0) return false;
    this.waiting.splice(index, 1);
    clearTimeout(caller.patience);
    return true;
  }
}
