import {
  AgentBoardRow,
  QueueCounts,
  QueueRates,
  QueueSettings,
  QueueStats,
  WaitingCaller,
} from '@switchboard/contracts';

import { LiveInterval, LiveQueue } from '../features/supervisor/board/board-state';

const counts = (overrides: Partial<QueueCounts & QueueRates> = {}): QueueCounts & QueueRates => ({
  offered: 0,
  answered: 0,
  abandoned: 0,
  shortAbandoned: 0,
  answeredWithinServiceLevel: 0,
  answerWaitSeconds: 0,
  handled: 0,
  handleSeconds: 0,
  serviceLevel: null,
  averageSpeedOfAnswer: null,
  averageHandleTime: null,
  abandonRate: null,
  ...overrides,
});

export function aQueueSettings(overrides: Partial<QueueSettings> = {}): QueueSettings {
  return {
    queue: 'sales',
    serviceLevelSeconds: 20,
    shortAbandonSeconds: 5,
    thresholds: {
      waitingAmber: 3,
      waitingRed: 6,
      longestWaitAmberSeconds: 60,
      longestWaitRedSeconds: 120,
      serviceLevelAmberPercent: 80,
      serviceLevelRedPercent: 60,
    },
    ...overrides,
  };
}

export function anInterval(start: string, overrides: Partial<LiveInterval> = {}): LiveInterval {
  return { start, ...counts(), ...overrides };
}

/** One queue's figures; the name given also names its settings. */
export function aQueueStats(overrides: Partial<QueueStats> = {}): QueueStats {
  const queue = overrides.queue ?? 'sales';
  return {
    queue,
    waiting: 0,
    longestWaitingSince: null,
    agents: { loggedIn: 0, available: 0, ringing: 0, onCall: 0, wrapUp: 0, paused: 0, pausedByReason: {} },
    today: counts(),
    currentInterval: anInterval('2026-12-03T10:00:00.000Z'),
    settings: aQueueSettings({ queue }),
    ...overrides,
  };
}

export function aLiveQueue(overrides: Partial<LiveQueue> = {}): LiveQueue {
  const stats = aQueueStats(overrides);
  return { ...stats, intervals: overrides.intervals ?? [stats.currentInterval] };
}

export function aCounts(overrides: Partial<QueueCounts & QueueRates> = {}): QueueCounts & QueueRates {
  return counts(overrides);
}

export function aWaitingCaller(overrides: Partial<WaitingCaller> = {}): WaitingCaller {
  return {
    callId: 'call-1',
    queue: 'sales',
    number: '+380931112233',
    client: { id: 'c-1', name: 'Olena Kovalenko' },
    joinedAt: '2026-12-03T10:00:00.000Z',
    ...overrides,
  };
}

export function anAgentRow(overrides: Partial<AgentBoardRow> = {}): AgentBoardRow {
  return {
    userId: 'u-1',
    displayName: 'Anna Operator',
    extension: '1001',
    state: 'available',
    stateSince: '2026-12-03T10:00:00.000Z',
    pauseReason: null,
    queues: ['sales'],
    call: null,
    today: { handled: 0, averageHandleTime: null, pauseSeconds: 0 },
    ...overrides,
  };
}
