import { QueueCounts, QueueInterval, QueueRates } from '@switchboard/contracts';
import { CountingRules, QueueOutcome, countHandled, countOutcome, ratesOf } from './queue-counts';
import { QueueDay, intervalStart } from './queue-day';

interface QueueCall {
  queue: string;
  joinedAt: Date;
  answered: boolean;
}

/** A caller counted today, kept so a change of a queue's rules can count the day again. */
interface CountedCall {
  queue: string;
  joinedAt: Date;
  outcome: QueueOutcome;
  /** Talk time once the answered call ended. */
  handleSeconds: number | null;
}

/**
 * Today's counts per queue. Each caller is counted once, by the call id: the stored calls a restart counts
 * from and the events that follow never count a call twice.
 */
export class QueueTally {
  private days = new Map<string, QueueDay>();
  private readonly calls = new Map<string, QueueCall>();
  private readonly counted = new Map<string, CountedCall>();

  constructor(private readonly rulesOf: (queue: string) => CountingRules) {}

  /** True when the queue is new. */
  addQueue(queue: string): boolean {
    if (this.days.has(queue)) return false;
    this.days.set(queue, new QueueDay());
    return true;
  }

  has(queue: string): boolean {
    return this.days.has(queue);
  }

  queues(): string[] {
    return [...this.days.keys()].sort((a, b) => a.localeCompare(b));
  }

  joined(callId: string, queue: string, at: Date): void {
    this.addQueue(queue);
    const known = this.calls.get(callId);
    this.calls.set(callId, { queue, joinedAt: known?.joinedAt ?? at, answered: known?.answered ?? false });
  }

  /** The first answer of a queue call counts it; the queue it counted in, else null. */
  answered(callId: string, at: Date): string | null {
    const call = this.calls.get(callId);
    if (!call || call.answered) return null;
    call.answered = true;
    return this.count(callId, call, { kind: 'answered', waitSeconds: secondsBetween(call.joinedAt, at) });
  }

  abandoned(callId: string, waitSeconds: number): string | null {
    const call = this.calls.get(callId);
    return call ? this.count(callId, call, { kind: 'abandoned', waitSeconds }) : null;
  }

  /** An answered queue call ended: its talk time goes to the handle time, once. */
  ended(callId: string, answered: boolean, talkSeconds: number): string | null {
    this.calls.delete(callId);
    const counted = this.counted.get(callId);
    if (!counted || !answered || counted.handleSeconds !== null) return null;
    counted.handleSeconds = talkSeconds;
    for (const counts of this.dayOf(counted.queue).countersFor(counted.joinedAt))
      countHandled(counts, talkSeconds);
    return counted.queue;
  }

  /** Counts the queue's day again from its callers, after its rules (service level, short abandon) changed. */
  recount(queue: string): void {
    const day = new QueueDay();
    this.days.set(queue, day);
    const rules = this.rulesOf(queue);
    for (const call of this.counted.values()) {
      if (call.queue !== queue) continue;
      for (const counts of day.countersFor(call.joinedAt)) {
        countOutcome(counts, call.outcome, rules);
        if (call.handleSeconds !== null) countHandled(counts, call.handleSeconds);
      }
    }
  }

  today(queue: string): QueueCounts & QueueRates {
    const counts = this.dayOf(queue).today;
    return { ...counts, ...ratesOf(counts) };
  }

  interval(queue: string, at: Date): QueueInterval & QueueRates {
    return this.dayOf(queue).interval(intervalStart(at));
  }

  intervals(queue: string): (QueueInterval & QueueRates)[] {
    return this.days.get(queue)?.allIntervals() ?? [];
  }

  /** A new day: counts start again; the calls still in progress stay known. */
  reset(): void {
    this.days = new Map([...this.days.keys()].map((queue) => [queue, new QueueDay()]));
    this.counted.clear();
  }

  private count(callId: string, call: QueueCall, outcome: QueueOutcome): string | null {
    if (this.counted.has(callId)) return null;
    this.counted.set(callId, { queue: call.queue, joinedAt: call.joinedAt, outcome, handleSeconds: null });
    const rules = this.rulesOf(call.queue);
    for (const counts of this.dayOf(call.queue).countersFor(call.joinedAt))
      countOutcome(counts, outcome, rules);
    return call.queue;
  }

  private dayOf(queue: string): QueueDay {
    this.addQueue(queue);
    return this.days.get(queue) as QueueDay;
  }
}

export function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / 1000);
}
