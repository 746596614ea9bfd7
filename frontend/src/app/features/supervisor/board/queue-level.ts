import { QueueStats } from '@switchboard/contracts';

import { elapsedSeconds } from './rates-format';

export const QUEUE_LEVELS = ['ok', 'amber', 'red'] as const;
export type QueueLevel = (typeof QUEUE_LEVELS)[number];

/** The tile's colour and which of its figures crossed a threshold. */
export interface QueueLevels {
  level: QueueLevel;
  waiting: QueueLevel;
  longestWait: QueueLevel;
  serviceLevel: QueueLevel;
}

const rank = (level: QueueLevel) => QUEUE_LEVELS.indexOf(level);

export function higherLevel(a: QueueLevel, b: QueueLevel): QueueLevel {
  return rank(a) >= rank(b) ? a : b;
}

export function isRise(from: QueueLevel, to: QueueLevel): boolean {
  return rank(to) > rank(from);
}

/** Red past the red threshold, else amber past the amber one; a null threshold never fires. */
function above(value: number | null, amber: number | null, red: number | null): QueueLevel {
  if (value === null) return 'ok';
  if (red !== null && value > red) return 'red';
  return amber !== null && value > amber ? 'amber' : 'ok';
}

function below(value: number | null, amber: number | null, red: number | null): QueueLevel {
  if (value === null) return 'ok';
  if (red !== null && value < red) return 'red';
  return amber !== null && value < amber ? 'amber' : 'ok';
}

/**
 * Colours a queue by its thresholds: more waiting than N, a longest wait over S seconds (ticking with
 * `now`), today's service level under X percent. The tile takes the worst of the three.
 */
export function queueLevels(queue: QueueStats, now: number): QueueLevels {
  const t = queue.settings.thresholds;
  const waiting = above(queue.waiting, t.waitingAmber, t.waitingRed);
  const longestWait = above(
    elapsedSeconds(queue.longestWaitingSince, now),
    t.longestWaitAmberSeconds,
    t.longestWaitRedSeconds,
  );
  const rate = queue.today.serviceLevel;
  // Rounded to hundredths of a percent so that 0.57 reads as 57, not 56.999….
  const percent = rate === null ? null : Math.round(rate * 10_000) / 100;
  const serviceLevel = below(percent, t.serviceLevelAmberPercent, t.serviceLevelRedPercent);
  return {
    level: [waiting, longestWait, serviceLevel].reduce(higherLevel),
    waiting,
    longestWait,
    serviceLevel,
  };
}
