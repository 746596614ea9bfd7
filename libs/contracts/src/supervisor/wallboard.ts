import { Currency, Money } from '../orders/money';

/** What an agent is doing now, as the supervisor's agent board shows it. */
export const AGENT_BOARD_STATES = [
  'logged-out',
  'available',
  'ringing',
  'on-call',
  'wrap-up',
  'paused',
] as const;
export type AgentBoardState = (typeof AGENT_BOARD_STATES)[number];

/** A caller waiting in a queue now. */
export interface WaitingCaller {
  callId: string;
  queue: string;
  /** E.164 where it could be read as one. */
  number: string;
  client: { id: string; name: string } | null;
  /** The wait runs from here; the screen counts it up. */
  joinedAt: string;
}

/**
 * Counts of the callers who left a queue (answered or abandoned) in a period, by the time they joined it.
 * Callers still waiting are counted once they leave.
 */
export interface QueueCounts {
  offered: number;
  answered: number;
  /** Abandoned after waiting at least the queue's short-abandon time. */
  abandoned: number;
  /** Abandoned sooner than that: counted apart and left out of the service level. */
  shortAbandoned: number;
  answeredWithinServiceLevel: number;
  /** Sums behind the averages. */
  answerWaitSeconds: number;
  handled: number;
  handleSeconds: number;
}

/** The figures derived from `QueueCounts`; null where nothing was counted yet. */
export interface QueueRates {
  /** 0–1: answered within the threshold / (offered − short abandons). */
  serviceLevel: number | null;
  /** Average speed of answer, seconds. */
  averageSpeedOfAnswer: number | null;
  /** Average handle (talk) time of the answered calls that ended, seconds. */
  averageHandleTime: number | null;
  /** 0–1: abandoned / (offered − short abandons). */
  abandonRate: number | null;
}

export interface QueueInterval extends QueueCounts {
  /** Start of the 15-minute interval. */
  start: string;
}

export interface QueueAgentCounts {
  loggedIn: number;
  available: number;
  ringing: number;
  onCall: number;
  wrapUp: number;
  paused: number;
  /** Paused agents by reason (`wrap-up` pauses count as wrap-up, not here). */
  pausedByReason: Record<string, number>;
}

/** Per-queue thresholds that turn a wallboard tile amber and red; null leaves one out. */
export interface QueueThresholds {
  waitingAmber: number | null;
  waitingRed: number | null;
  longestWaitAmberSeconds: number | null;
  longestWaitRedSeconds: number | null;
  /** Percent, 0–100: below it the tile turns amber / red. */
  serviceLevelAmberPercent: number | null;
  serviceLevelRedPercent: number | null;
}

export interface QueueSettings {
  queue: string;
  /** Answered within this many seconds counts towards the service level (default 20). */
  serviceLevelSeconds: number;
  /** Abandoned within this many seconds is a short abandon (default 5). */
  shortAbandonSeconds: number;
  thresholds: QueueThresholds;
}

export type UpdateQueueSettingsRequest = Partial<Omit<QueueSettings, 'queue'>>;

/** One queue's figures now; sent at most once per queue per 250 ms. */
export interface QueueStats {
  queue: string;
  waiting: number;
  /** When the longest-waiting caller joined; null when nobody waits. */
  longestWaitingSince: string | null;
  agents: QueueAgentCounts;
  today: QueueCounts & QueueRates;
  /** The 15-minute interval now running. */
  currentInterval: QueueInterval & QueueRates;
  settings: QueueSettings;
}

/** The live call of an agent, with what the CRM knows of the caller. */
export interface AgentBoardCall {
  callId: string;
  number: string;
  queue: string | null;
  client: { id: string; name: string } | null;
  /** The client's open orders' value and debt, in the workspace currency; null for an unknown caller. */
  openOrdersValue: Money | null;
  debt: Money | null;
  currency: Currency | null;
  /** Ringing since, or talking since once answered. */
  since: string;
  answered: boolean;
}

/** One row of the agent board. */
export interface AgentBoardRow {
  userId: string;
  displayName: string;
  extension: string;
  state: AgentBoardState;
  stateSince: string;
  /** The reason of a pause. */
  pauseReason: string | null;
  queues: string[];
  call: AgentBoardCall | null;
  today: { handled: number; averageHandleTime: number | null; pauseSeconds: number };
}

/** Answer to `wallboard.opened`: everything the supervisor may see, then deltas follow. */
export interface WallboardSnapshot {
  at: string;
  queues: (QueueStats & { intervals: (QueueInterval & QueueRates)[] })[];
  waiting: WaitingCaller[];
  agents: AgentBoardRow[];
}

/** The caller left the waiting list (answered, gave up, or taken elsewhere); `queue.statsUpdated` counts how. */
export interface QueueCallerLeftPayload {
  callId: string;
  queue: string;
}

/**
 * `wallboard.changed`: what changed since the last one that this wallboard may see, gathered for a few
 * milliseconds so a busy floor sends a few messages a second rather than one per event. Apply in this order.
 */
export interface WallboardChanges {
  queues: QueueStats[];
  callersJoined: WaitingCaller[];
  callersLeft: QueueCallerLeftPayload[];
  agents: AgentBoardRow[];
}
