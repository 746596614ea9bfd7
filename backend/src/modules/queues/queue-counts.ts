import { QueueCounts, QueueRates } from '@switchboard/contracts';

/** How a caller's time in a queue ended, as both the live events and the stored calls tell it. */
export type QueueOutcome =
  { kind: 'answered'; waitSeconds: number } | { kind: 'abandoned'; waitSeconds: number };

export interface CountingRules {
  serviceLevelSeconds: number;
  shortAbandonSeconds: number;
}

export function emptyCounts(): QueueCounts {
  return {
    offered: 0,
    answered: 0,
    abandoned: 0,
    shortAbandoned: 0,
    answeredWithinServiceLevel: 0,
    answerWaitSeconds: 0,
    handled: 0,
    handleSeconds: 0,
  };
}

/** Counts one caller who left the queue; changes `counts` in place (it runs for every queue call). */
export function countOutcome(counts: QueueCounts, outcome: QueueOutcome, rules: CountingRules): void {
  counts.offered += 1;
  if (outcome.kind === 'answered') {
    counts.answered += 1;
    counts.answerWaitSeconds += outcome.waitSeconds;
    if (outcome.waitSeconds <= rules.serviceLevelSeconds) counts.answeredWithinServiceLevel += 1;
  } else if (outcome.waitSeconds < rules.shortAbandonSeconds) {
    counts.shortAbandoned += 1;
  } else {
    counts.abandoned += 1;
  }
}

/** Counts an answered queue call that ended, for the average handle time. */
export function countHandled(counts: QueueCounts, talkSeconds: number): void {
  counts.handled += 1;
  counts.handleSeconds += talkSeconds;
}

/**
 * Service level = answered within the threshold / (offered − short abandons); abandon rate = abandoned /
 * (offered − short abandons); ASA over answered calls, AHT over handled ones.
 */
export function ratesOf(counts: QueueCounts): QueueRates {
  const counted = counts.offered - counts.shortAbandoned;
  return {
    serviceLevel: counted > 0 ? counts.answeredWithinServiceLevel / counted : null,
    averageSpeedOfAnswer: counts.answered > 0 ? counts.answerWaitSeconds / counts.answered : null,
    averageHandleTime: counts.handled > 0 ? counts.handleSeconds / counts.handled : null,
    abandonRate: counted > 0 ? counts.abandoned / counted : null,
  };
}
