import {
  AgentBoardRow,
  QueueCallerLeftPayload,
  QueueInterval,
  QueueRates,
  QueueSettings,
  QueueStats,
  WaitingCaller,
  WallboardChanges,
  WallboardSnapshot,
} from '@switchboard/contracts';

export type LiveInterval = QueueInterval & QueueRates;
export type LiveQueue = QueueStats & { intervals: LiveInterval[] };

/** What the supervisor screens show: the snapshot with every delta since applied. */
export interface BoardState {
  queues: LiveQueue[];
  waiting: WaitingCaller[];
  agents: AgentBoardRow[];
}

export const EMPTY_BOARD: BoardState = { queues: [], waiting: [], agents: [] };

const byName = (a: LiveQueue, b: LiveQueue) => a.queue.localeCompare(b.queue);
const byStart = (a: LiveInterval, b: LiveInterval) => Date.parse(a.start) - Date.parse(b.start);

export function boardFromSnapshot(snapshot: WallboardSnapshot): BoardState {
  return {
    queues: snapshot.queues
      .map((queue) => ({ ...queue, intervals: [...queue.intervals].sort(byStart) }))
      .sort(byName),
    waiting: [...snapshot.waiting],
    agents: [...snapshot.agents],
  };
}

/** The interval now running replaces the one with the same start, or is appended in time order. */
export function mergeInterval(intervals: LiveInterval[], current: LiveInterval): LiveInterval[] {
  const start = Date.parse(current.start);
  const others = intervals.filter((interval) => Date.parse(interval.start) !== start);
  return [...others, current].sort(byStart);
}

/** A queue's figures now; a queue not seen before joins the board. */
export function applyQueueStats(state: BoardState, stats: QueueStats): BoardState {
  const known = state.queues.find((queue) => queue.queue === stats.queue);
  const intervals = mergeInterval(known?.intervals ?? [], stats.currentInterval);
  const updated: LiveQueue = { ...stats, intervals };
  const queues = known
    ? state.queues.map((queue) => (queue === known ? updated : queue))
    : [...state.queues, updated].sort(byName);
  return { ...state, queues };
}

/** A caller who joined; a caller already listed (the same call again) is replaced, not doubled. */
export function applyCallerJoined(state: BoardState, caller: WaitingCaller): BoardState {
  const others = state.waiting.filter((waiting) => waiting.callId !== caller.callId);
  return { ...state, waiting: [...others, caller] };
}

export function applyCallerLeft(state: BoardState, left: QueueCallerLeftPayload): BoardState {
  const waiting = state.waiting.filter(
    (caller) => !(caller.callId === left.callId && caller.queue === left.queue),
  );
  return waiting.length === state.waiting.length ? state : { ...state, waiting };
}

/** An agent's row: it replaces the agent's own; a logged-out agent stays, shown greyed. */
export function applyAgentState(state: BoardState, row: AgentBoardRow): BoardState {
  const known = state.agents.some((agent) => agent.userId === row.userId);
  const agents = known
    ? state.agents.map((agent) => (agent.userId === row.userId ? row : agent))
    : [...state.agents, row];
  return { ...state, agents };
}

/** `wallboard.changed`: figures, then callers who joined, callers who left, then agents' rows. */
export function applyChanges(state: BoardState, changes: WallboardChanges): BoardState {
  let next = changes.queues.reduce(applyQueueStats, state);
  next = changes.callersJoined.reduce(applyCallerJoined, next);
  next = changes.callersLeft.reduce(applyCallerLeft, next);
  return changes.agents.reduce(applyAgentState, next);
}

/** After an admin saved a queue's settings: the tile colours by them before the next figures arrive. */
export function applyQueueSettings(state: BoardState, settings: QueueSettings): BoardState {
  const queues = state.queues.map((queue) =>
    queue.queue === settings.queue ? { ...queue, settings } : queue,
  );
  return { ...state, queues };
}

/** Waiting callers, longest wait first. */
export function waitingInOrder(waiting: WaitingCaller[], queue: string | null): WaitingCaller[] {
  return waiting
    .filter((caller) => queue === null || caller.queue === queue)
    .sort((a, b) => Date.parse(a.joinedAt) - Date.parse(b.joinedAt));
}
