import { ScreenPop } from '@switchboard/contracts';

import { MAX_POPS, PopEntry, needsWrapUp, reducePops } from './pop-stack';

function aPop(callId: string, overrides: Partial<ScreenPop> = {}): ScreenPop {
  return {
    callId,
    direction: 'inbound',
    callerNumber: '+380671234567',
    queue: 'support',
    client: null,
    openOrders: [],
    debt: { total: '0.00', overdue: '0.00', currency: 'UAH' },
    bonusBalance: '0.00',
    lastInteractions: [],
    openTasks: [],
    ...overrides,
  };
}

const ring = (stack: PopEntry[], callId: string) =>
  reducePops(stack, { type: 'ringing', payload: aPop(callId) });

describe('the pop stack', () => {
  it('stacks pops newest on top and rings the same call only once', () => {
    let stack = ring(ring([], 'a'), 'b');
    expect(stack.map((entry) => entry.pop.callId)).toEqual(['b', 'a']);
    stack = ring(stack, 'a');
    expect(stack.map((entry) => entry.pop.callId)).toEqual(['a', 'b']);
    expect(stack.every((entry) => entry.state === 'ringing')).toBe(true);
  });

  it('keeps at most a bounded number of pops', () => {
    let stack: PopEntry[] = [];
    for (let index = 0; index < MAX_POPS + 3; index++) stack = ring(stack, `call-${index}`);
    expect(stack).toHaveLength(MAX_POPS);
    expect(stack[0].pop.callId).toBe(`call-${MAX_POPS + 2}`);
  });

  it('retracts a ringing pop with the reason and keeps it until dismissed', () => {
    let stack = ring(ring([], 'a'), 'b');
    stack = reducePops(stack, {
      type: 'ringStopped',
      payload: { callId: 'a', reason: 'answered-elsewhere' },
    });
    expect(stack.find((entry) => entry.pop.callId === 'a')).toMatchObject({
      state: 'retracted',
      retractReason: 'answered-elsewhere',
    });
    expect(stack.find((entry) => entry.pop.callId === 'b')?.state).toBe('ringing');
    stack = reducePops(stack, { type: 'dismissed', callId: 'a' });
    expect(stack.map((entry) => entry.pop.callId)).toEqual(['b']);
  });

  it('answers, then ends a call, and asks for wrap-up only for an answered one', () => {
    const ringing = ring([], 'a');
    expect(needsWrapUp(ringing[0], endedPayload('a', 'answered'))).toBe(false);
    let stack = reducePops(ringing, {
      type: 'answered',
      payload: { callId: 'a', answeredAt: '2026-01-01T10:00:00Z' },
    });
    expect(stack[0]).toMatchObject({ state: 'answered', answeredAt: '2026-01-01T10:00:00Z' });
    const before = stack[0];
    stack = reducePops(stack, { type: 'ended', payload: endedPayload('a', 'answered') });
    expect(stack[0]).toMatchObject({ state: 'ended', disposition: 'answered', talkSeconds: 42 });
    expect(needsWrapUp(before, endedPayload('a', 'answered'))).toBe(true);
    expect(needsWrapUp(undefined, endedPayload('a', 'answered'))).toBe(false);
  });

  it('does not turn a retracted pop into an answered one when the call ends elsewhere', () => {
    let stack = ring([], 'a');
    stack = reducePops(stack, { type: 'ringStopped', payload: { callId: 'a', reason: 'caller-hung-up' } });
    stack = reducePops(stack, { type: 'ended', payload: endedPayload('a', 'abandoned') });
    expect(stack[0]).toMatchObject({ state: 'retracted', disposition: 'abandoned' });
  });

  it('keeps a call answered when a retry rings again and ignores events for unknown calls', () => {
    let stack = ring([], 'a');
    stack = reducePops(stack, { type: 'answered', payload: { callId: 'a', answeredAt: 'T' } });
    stack = ring(stack, 'a');
    expect(stack[0].state).toBe('answered');
    expect(reducePops(stack, { type: 'answered', payload: { callId: 'zzz', answeredAt: 'T' } })).toEqual(
      stack,
    );
  });
});

function endedPayload(callId: string, disposition: 'answered' | 'abandoned') {
  return { callId, disposition, talkSeconds: 42, endedAt: '2026-01-01T10:01:00Z' };
}
