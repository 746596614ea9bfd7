import { nextPresence } from './presence-state';

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
    expect(
      nextPresence(ringing ?? undefined, 'u1', {
        type: 'agent.deviceChanged',
        at: later,
        agent: '1001',
        device: 'ringing',
      }),
    ).toBeNull();
  });
});
