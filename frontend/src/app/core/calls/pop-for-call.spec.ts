import { PopEntry, PopState } from './pop-stack';
import { popForCall } from './pop-for-call';

const entry = (callId: string, callerNumber: string, state: PopState = 'ringing'): PopEntry => ({
  pop: {
    callId,
    direction: 'inbound',
    callerNumber,
    queue: null,
    client: null,
    openOrders: [],
    debt: { total: '0.00', overdue: '0.00', currency: 'UAH' },
    bonusBalance: '0.00',
    lastInteractions: [],
    openTasks: [],
  },
  state,
  retractReason: null,
  answeredAt: null,
  endedAt: null,
  disposition: null,
  talkSeconds: 0,
});

describe('popForCall', () => {
  const stack = [
    entry('a', '+380671234567'),
    entry('b', '+380501112233'),
    entry('c', '+380931112233', 'ended'),
  ];

  it('matches the SIP caller to the pop by number, in national or international form', () => {
    expect(popForCall('0671234567', stack)?.pop.callId).toBe('a');
    expect(popForCall('380501112233', stack)?.pop.callId).toBe('b');
  });

  it('takes the only ringing pop when the numbers do not meet, and none when several ring', () => {
    expect(popForCall('2001', [entry('a', '+380671234567')])?.pop.callId).toBe('a');
    expect(popForCall('2001', stack)).toBeNull();
    expect(popForCall('0931112233', stack)).toBeNull();
  });
});
