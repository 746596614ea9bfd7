import { waitingCallers } from './queue-entries';

describe('waitingCallers', () => {
  const at = new Date('2026-12-03T10:00:30Z');

  it('names each QueueEntry by its Linkedid and dates its join from Wait', () => {
    const listed = waitingCallers(
      [
        { event: 'QueueParams', queue: 'support', calls: '1' },
        { event: 'QueueMember', queue: 'support', location: 'PJSIP/1001' },
        {
          event: 'QueueEntry',
          queue: 'support',
          position: '1',
          channel: 'PJSIP/trunk-00000007',
          uniqueid: '1795424299.8',
          calleridnum: '0671000000',
          wait: '30',
        },
      ],
      [{ event: 'CoreShowChannel', uniqueid: '1795424299.8', linkedid: '1795424299.7' }],
      at,
    );
    expect(listed).toEqual({
      type: 'queue.callersListed',
      at,
      callers: [
        {
          callId: '1795424299.7',
          queue: 'support',
          callerNumber: '0671000000',
          joinedAt: new Date('2026-12-03T10:00:00Z'),
        },
      ],
    });
  });

  it('lists nobody when nobody waits', () => {
    expect(waitingCallers([{ event: 'QueueParams', queue: 'support' }], [], at)).toMatchObject({
      callers: [],
    });
  });
});
