import { QueueCounts, QueueInterval, QueueRates } from '@switchboard/contracts';
import { emptyCounts, ratesOf } from './queue-counts';

export const INTERVAL_MS = 15 * 60 * 1000;

/** Midnight of `at`'s day in the server's time zone: "today" on the wallboard. */
export function dayStart(at: Date): Date {
  const start = new Date(at);
  start.setHours(0, 0, 0, 0);
  return start;
}

/** The start of the 15-minute interval `at` falls in, counted from local midnight. */
export function intervalStart(at: Date): number {
  const midnight = dayStart(at).getTime();
  return midnight + Math.floor((at.getTime() - midnight) / INTERVAL_MS) * INTERVAL_MS;
}

/** One queue's counts for the day and per 15-minute interval, each caller filed by when they joined. */
export class QueueDay {
  readonly today = emptyCounts();
  private readonly intervals = new Map<number, QueueCounts>();

  /** The day's counts and those of the interval `joinedAt` falls in, for `count` to change. */
  countersFor(joinedAt: Date): [QueueCounts, QueueCounts] {
    const start = intervalStart(joinedAt);
    let interval = this.intervals.get(start);
    if (!interval) {
      interval = emptyCounts();
      this.intervals.set(start, interval);
    }
    return [this.today, interval];
  }

  interval(start: number): QueueInterval & QueueRates {
    const counts = this.intervals.get(start) ?? emptyCounts();
    return { start: new Date(start).toISOString(), ...counts, ...ratesOf(counts) };
  }

  /** Every interval with calls, in time order. */
  allIntervals(): (QueueInterval & QueueRates)[] {
    return [...this.intervals.keys()].sort((a, b) => a - b).map((start) => this.interval(start));
  }
}
