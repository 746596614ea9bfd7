import { WallboardSnapshot } from '@switchboard/contracts';

import {
  aLiveQueue,
  aQueueSettings,
  aQueueStats,
  aWaitingCaller,
  anAgentRow,
  anInterval,
} from '../../../testing/supervisor-fixtures';
import {
  EMPTY_BOARD,
  applyAgentState,
  applyCallerJoined,
  applyCallerLeft,
  applyChanges,
  applyQueueSettings,
  applyQueueStats,
  boardFromSnapshot,
  mergeInterval,
  waitingInOrder,
} from './board-state';

const at = (time: string) => `2026-12-03T${time}:00.000Z`;

describe('board state', () => {
  it('takes a snapshot with queues by name and each queue’s intervals in time order', () => {
    const snapshot: WallboardSnapshot = {
      at: at('10:20'),
      queues: [
        aLiveQueue({ queue: 'support', intervals: [anInterval(at('10:15')), anInterval(at('10:00'))] }),
        aLiveQueue({ queue: 'sales' }),
      ],
      waiting: [aWaitingCaller()],
      agents: [anAgentRow()],
    };
    const state = boardFromSnapshot(snapshot);
    expect(state.queues.map((queue) => queue.queue)).toEqual(['sales', 'support']);
    expect(state.queues[1].intervals.map((interval) => interval.start)).toEqual([at('10:00'), at('10:15')]);
    expect(state.waiting).toHaveLength(1);
    expect(state.agents).toHaveLength(1);
  });

  it('replaces the interval with the same start, whatever its spelling, and appends a new one in order', () => {
    const intervals = [anInterval(at('10:00'), { offered: 3 }), anInterval(at('10:15'), { offered: 1 })];
    const replaced = mergeInterval(intervals, anInterval('2026-12-03T10:15:00Z', { offered: 2 }));
    expect(replaced.map((interval) => interval.offered)).toEqual([3, 2]);
    const appended = mergeInterval(intervals, anInterval(at('10:30'), { offered: 1 }));
    expect(appended.map((interval) => interval.start)).toEqual([at('10:00'), at('10:15'), at('10:30')]);
    const late = mergeInterval([anInterval(at('10:30'))], anInterval(at('10:15')));
    expect(late.map((interval) => interval.start)).toEqual([at('10:15'), at('10:30')]);
  });

  it("replaces a queue's figures and keeps its earlier intervals, merging the current one", () => {
    const state = boardFromSnapshot({
      at: at('10:20'),
      queues: [
        aLiveQueue({ queue: 'sales', waiting: 1, intervals: [anInterval(at('10:00'), { offered: 4 })] }),
      ],
      waiting: [],
      agents: [],
    });
    const next = applyQueueStats(
      state,
      aQueueStats({ queue: 'sales', waiting: 5, currentInterval: anInterval(at('10:15'), { offered: 1 }) }),
    );
    expect(next.queues[0].waiting).toBe(5);
    expect(next.queues[0].intervals.map((interval) => interval.offered)).toEqual([4, 1]);
    expect(state.queues[0].waiting).toBe(1);
  });

  it('adds a queue it had not seen, in name order', () => {
    const state = applyQueueStats(
      applyQueueStats(EMPTY_BOARD, aQueueStats({ queue: 'support' })),
      aQueueStats({ queue: 'billing' }),
    );
    expect(state.queues.map((queue) => queue.queue)).toEqual(['billing', 'support']);
    expect(state.queues[0].intervals).toHaveLength(1);
  });

  it('lists a caller who joined once, even when told twice, and drops them when they leave that queue', () => {
    let state = applyCallerJoined(EMPTY_BOARD, aWaitingCaller({ callId: 'a' }));
    state = applyCallerJoined(state, aWaitingCaller({ callId: 'b', queue: 'support' }));
    state = applyCallerJoined(state, aWaitingCaller({ callId: 'a', joinedAt: at('10:05') }));
    expect(state.waiting.map((caller) => [caller.callId, caller.joinedAt])).toEqual([
      ['b', at('10:00')],
      ['a', at('10:05')],
    ]);
    expect(applyCallerLeft(state, { callId: 'a', queue: 'support' })).toBe(state);
    const left = applyCallerLeft(state, { callId: 'a', queue: 'sales' });
    expect(left.waiting.map((caller) => caller.callId)).toEqual(['b']);
  });

  it('applies a batch of changes in order: a caller who joined and left in it is gone', () => {
    const state = applyChanges(EMPTY_BOARD, {
      queues: [aQueueStats({ queue: 'sales', waiting: 0 })],
      callersJoined: [aWaitingCaller({ callId: 'a' }), aWaitingCaller({ callId: 'b' })],
      callersLeft: [{ callId: 'a', queue: 'sales' }],
      agents: [
        anAgentRow({ userId: 'u-1', state: 'ringing' }),
        anAgentRow({ userId: 'u-1', state: 'on-call' }),
      ],
    });
    expect(state.queues.map((queue) => queue.queue)).toEqual(['sales']);
    expect(state.waiting.map((caller) => caller.callId)).toEqual(['b']);
    expect(state.agents.map((agent) => agent.state)).toEqual(['on-call']);
  });

  it("replaces an agent's row by user id, keeps a logged-out one and adds an agent not seen", () => {
    let state = applyAgentState(EMPTY_BOARD, anAgentRow({ userId: 'u-1' }));
    state = applyAgentState(state, anAgentRow({ userId: 'u-2', extension: '1002' }));
    state = applyAgentState(state, anAgentRow({ userId: 'u-1', state: 'logged-out' }));
    expect(state.agents.map((agent) => [agent.userId, agent.state])).toEqual([
      ['u-1', 'logged-out'],
      ['u-2', 'available'],
    ]);
  });

  it('puts saved settings on their queue only', () => {
    const state = applyQueueStats(
      applyQueueStats(EMPTY_BOARD, aQueueStats({ queue: 'a' })),
      aQueueStats({ queue: 'b' }),
    );
    const next = applyQueueSettings(state, aQueueSettings({ queue: 'b', serviceLevelSeconds: 30 }));
    expect(next.queues.map((queue) => queue.settings.serviceLevelSeconds)).toEqual([20, 30]);
  });

  it('orders the waiting callers longest wait first, of one queue or all', () => {
    const waiting = [
      aWaitingCaller({ callId: 'late', joinedAt: at('10:10') }),
      aWaitingCaller({ callId: 'other', queue: 'support', joinedAt: at('09:50') }),
      aWaitingCaller({ callId: 'early', joinedAt: at('10:00') }),
    ];
    expect(waitingInOrder(waiting, null).map((caller) => caller.callId)).toEqual(['other', 'early', 'late']);
    expect(waitingInOrder(waiting, 'sales').map((caller) => caller.callId)).toEqual(['early', 'late']);
  });
});
