import { nextPresence, statusOf } from './presence-state';

const at = new Date('2026-12-01T10:00:00Z');
const queueEvent = (member: boolean, paused = false, pauseReason: string | null = null) =>
  ({ type: 'agent.queueChanged', at, agent: '1001', queue: 'support', member, paused, pauseReason }) as const;

describe('nextPresence', () => {
  it('joins, pauses with a reason and leaves a queue', () => {
    const joined = nextPresence(undefined, 'u1', queueEvent(true));
    expect(joined).toMatchObject({
      userId: 'u1',
      extension: '1001',
      queues: [{ queue: 'support', paused: false }],
    });
    const paused = nextPresence(joined ?? undefined, 'u1', queueEvent(true, true, 'lunch'));
    expect(paused?.queues).toEqual([{ queue: 'support', paused: true, pauseReason: 'lunch' }]);
    expect(nextPresence(paused ?? undefined, 'u1', queueEvent(false))?.queues).toEqual([]);
  });

  it('reports nothing when an event repeats what is known', () => {
    const ringing = nextPresence(undefined, 'u1', {
      type: 'agent.deviceChanged',
      at,
      agent: '1001',
      device: 'ringing',
    });
    expect(ringing?.device).toBe('ringing');
    const later = new Date(at.getTime() + 1000);
    const again = { type: 'agent.deviceChanged', at: later, agent: '1001', device: 'ringing' } as const;
    expect(nextPresence(ringing ?? undefined, 'u1', again)).toBeNull();
  });
});

describe('statusOf', () => {
  const base = nextPresence(undefined, 'u1', queueEvent(true));
  it('is available in a queue, paused for a reason, wrap-up while wrapping up (even paused for it)', () => {
    if (!base) throw new Error('no presence');
    expect(statusOf(base, null).status).toBe('available');
    const lunch = nextPresence(base, 'u1', queueEvent(true, true, 'lunch'));
    expect(lunch && statusOf(lunch, null).status).toBe('paused');
    const wrapping = nextPresence(base, 'u1', queueEvent(true, true, 'wrap-up'));
    expect(wrapping && statusOf(wrapping, null).status).toBe('paused');
    const until = new Date('2026-12-01T10:01:00Z');
    expect(wrapping && statusOf(wrapping, { callId: 'c1', until })).toMatchObject({
      status: 'wrap-up',
      wrapUpUntil: until.toISOString(),
      wrapUpCallId: 'c1',
    });
  });
});
