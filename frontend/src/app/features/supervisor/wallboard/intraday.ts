import { BarLineData } from '../../../shared/charts/bar-line-chart';
import { LiveInterval, LiveQueue } from '../board/board-state';

const SLOT_MS = 15 * 60 * 1000;

export interface IntradayPoint {
  start: number;
  offered: number;
  answered: number;
  abandoned: number;
  /** 0–1, null where no caller counted towards it. */
  serviceLevel: number | null;
}

function pointOf(start: number, intervals: LiveInterval[]): IntradayPoint {
  const sum = (pick: (interval: LiveInterval) => number) =>
    intervals.reduce((total, interval) => total + pick(interval), 0);
  const offered = sum((interval) => interval.offered);
  const counted = offered - sum((interval) => interval.shortAbandoned);
  // One queue's interval carries the server's own figure; a sum over queues is worked out the same way.
  const serviceLevel =
    intervals.length === 1
      ? intervals[0].serviceLevel
      : counted > 0
        ? sum((interval) => interval.answeredWithinServiceLevel) / counted
        : null;
  return {
    start,
    offered,
    answered: sum((interval) => interval.answered),
    abandoned: sum((interval) => interval.abandoned),
    serviceLevel,
  };
}

/**
 * Today's 15-minute intervals of one queue, or of all summed, from the first to the last with the quiet
 * ones between them filled in as empty.
 */
export function intradayPoints(queues: LiveQueue[], queue: string | null): IntradayPoint[] {
  const byStart = new Map<number, LiveInterval[]>();
  for (const live of queues) {
    if (queue !== null && live.queue !== queue) continue;
    for (const interval of live.intervals) {
      const start = Date.parse(interval.start);
      byStart.set(start, [...(byStart.get(start) ?? []), interval]);
    }
  }
  if (byStart.size === 0) return [];
  const starts = [...byStart.keys()];
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  const points: IntradayPoint[] = [];
  for (let start = first; start <= last; start += SLOT_MS)
    points.push(pointOf(start, byStart.get(start) ?? []));
  return points;
}

export interface IntradayLabels {
  offered: string;
  answered: string;
  abandoned: string;
  serviceLevel: string;
}

export function intradayChartData(
  points: IntradayPoint[],
  labels: IntradayLabels,
  locale: string,
): BarLineData {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return {
    labels: points.map((point) => time.format(point.start)),
    bars: [
      { label: labels.offered, data: points.map((point) => point.offered), color: '#90a4ae' },
      { label: labels.answered, data: points.map((point) => point.answered), color: '#43a047' },
      { label: labels.abandoned, data: points.map((point) => point.abandoned), color: '#e53935' },
    ],
    line: {
      label: labels.serviceLevel,
      data: points.map((point) =>
        point.serviceLevel === null ? null : Math.round(point.serviceLevel * 100),
      ),
      color: '#1e88e5',
    },
  };
}
