import { AgentPresence, QueueSettings } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { QueueFloor } from './queue-floor';
import { defaultQueueSettings } from './queue-settings.service';

const T0 = new Date(2026, 11, 3, 10, 0, 0);
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const AGENTS = [
  { id: 'u1', displayName: 'Olena', extension: '1001' },
  { id: 'u2', displayName: 'Taras', extension: '1002' },
];

function presence(userId: string, extension: string, change: Partial<AgentPresence> = {}): AgentPresence {
  return {
    userId,
    extension,
    device: 'not-in-use',
    queues: [{ queue: 'support', paused: false, pauseReason: null }],
    status: 'available',
    wrapUpUntil: null,
    wrapUpCallId: null,
    updatedAt: T0.toISOString(),
    ...change,
  };
}

describe('QueueFloor', () => {
  let settings: Map<string, QueueSettings>;
  let floor: QueueFloor;

  beforeEach(() => {
    settings = new Map();
    floor = new QueueFloor(
      {
        settingsOf: (queue) => settings.get(queue) ?? defaultQueueSettings(queue),
        agentOf: (extension) => AGENTS.find((agent) => agent.extension === extension) ?? null,
        normalize: (number) => (number.startsWith('0') ? `+38${number}` : number),
      },
      T0,
    );
    AGENTS.forEach((agent) => floor.addAgent(agent, T0));
    AGENTS.forEach((agent) => floor.presenceChanged(presence(agent.id, agent.extension), T0));
    floor.drain();
  });

  const joined = (callId: string, seconds: number): PbxEvent => ({
    type: 'queue.callerJoined',
    callId,
    at: at(seconds),
    queue: 'support',
    position: 1,
    callerNumber: '0671000000',
  });
  const answered = (callId: string, agent: string, seconds: number): PbxEvent => ({
    type: 'call.answered',
    callId,
    at: at(seconds),
    agent,
    queue: 'support',
    waitSeconds: seconds,
  });
  const abandoned = (callId: string, seconds: number, waitSeconds: number): PbxEvent => ({
    type: 'queue.callerAbandoned',
    callId,
    at: at(seconds),
    queue: 'support',
    waitSeconds,
  });
  const ended = (callId: string, agent: string | null, seconds: number, talkSeconds: number): PbxEvent => ({
    type: 'call.ended',
    callId,
    at: at(seconds),
    agent,
    disposition: agent ? 'answered' : 'abandoned',
    talkSeconds,
  });
  /** One of each: answered in 10 s (within 20), answered in 30 s, abandoned after 12 s, after 3 s. */
  const day: PbxEvent[] = [
    joined('c1', 0),
    answered('c1', '1001', 10),
    ended('c1', '1001', 70, 60),
    joined('c2', 5),
    answered('c2', '1002', 35),
    ended('c2', '1002', 155, 120),
    joined('c3', 40),
    abandoned('c3', 52, 12),
    ended('c3', null, 52, 0),
    joined('c4', 60),
    abandoned('c4', 63, 3),
    ended('c4', null, 63, 0),
  ];

  it('counts offered, answered, abandoned apart from short abandons, and the rates over them', () => {
    day.forEach((event) => floor.apply(event));
    const { today } = floor.stats('support', at(200));
    expect(today).toMatchObject({
      offered: 4,
      answered: 2,
      abandoned: 1,
      shortAbandoned: 1,
      answeredWithinServiceLevel: 1,
      answerWaitSeconds: 40,
      handled: 2,
      handleSeconds: 180,
      serviceLevel: 1 / 3,
      averageSpeedOfAnswer: 20,
      averageHandleTime: 90,
      abandonRate: 1 / 3,
    });
  });

  it('lists who waits, longest first by join time, with their numbers normalized', () => {
    floor.apply(joined('c1', 0));
    floor.apply(joined('c2', 5));
    expect(floor.stats('support', at(8))).toMatchObject({
      waiting: 2,
      longestWaitingSince: at(0).toISOString(),
    });
    expect(floor.waitingCallers().map((caller) => [caller.callId, caller.number])).toEqual([
      ['c1', '+380671000000'],
      ['c2', '+380671000000'],
    ]);
    expect(floor.drain()).toMatchObject({ joined: ['c1', 'c2'], left: [] });
    floor.apply(answered('c1', '1001', 10));
    expect(floor.drain().left).toEqual([{ callId: 'c1', queue: 'support' }]);
    expect(floor.stats('support', at(11)).waiting).toBe(1);
  });

  it('shows an agent ringing, then on the call with its client, then available with the call counted', () => {
    floor.apply(joined('c1', 0));
    floor.apply({
      type: 'agent.ringing',
      callId: 'c1',
      at: at(2),
      agent: '1001',
      callerNumber: '0671000000',
      queue: 'support',
      attempt: 1,
    });
    expect(floor.agentRow('u1', at(3))).toMatchObject({ state: 'ringing', stateSince: at(2).toISOString() });
    expect(floor.stats('support', at(3)).agents).toMatchObject({ loggedIn: 2, ringing: 1, available: 1 });
    floor.setCallClient('c1', {
      client: { id: 'k1', name: 'Acme' },
      openOrdersValue: '150.00',
      debt: '20.00',
      currency: 'UAH',
    });
    floor.apply(answered('c1', '1001', 10));
    expect(floor.agentRow('u1', at(11))).toMatchObject({
      state: 'on-call',
      call: {
        callId: 'c1',
        number: '+380671000000',
        queue: 'support',
        client: { id: 'k1', name: 'Acme' },
        openOrdersValue: '150.00',
        debt: '20.00',
        answered: true,
        since: at(10).toISOString(),
      },
    });
    floor.apply(ended('c1', '1001', 70, 60));
    expect(floor.agentRow('u1', at(71))).toMatchObject({
      state: 'available',
      call: null,
      today: { handled: 1, averageHandleTime: 60 },
    });
  });

  it('counts pause time and shows the reason; a wrap-up pause is the wrap-up state', () => {
    const paused = {
      queues: [{ queue: 'support', paused: true, pauseReason: 'lunch' }],
      status: 'paused' as const,
    };
    floor.presenceChanged(presence('u1', '1001', paused), at(0));
    expect(floor.agentRow('u1', at(30))).toMatchObject({
      state: 'paused',
      pauseReason: 'lunch',
      today: { pauseSeconds: 30 },
    });
    expect(floor.stats('support', at(30)).agents).toMatchObject({ paused: 1, pausedByReason: { lunch: 1 } });
    floor.presenceChanged(presence('u1', '1001'), at(90));
    expect(floor.agentRow('u1', at(200))).toMatchObject({ state: 'available', today: { pauseSeconds: 90 } });
    floor.presenceChanged(presence('u1', '1001', { status: 'wrap-up' }), at(200));
    expect(floor.agentRow('u1', at(201))).toMatchObject({ state: 'wrap-up', pauseReason: null });
  });

  it('gives the same figures when restored from the stored calls and the same events come again', () => {
    const restored = new QueueFloor(
      {
        settingsOf: (queue) => defaultQueueSettings(queue),
        agentOf: (extension) => AGENTS.find((agent) => agent.extension === extension) ?? null,
        normalize: (number) => number,
      },
      T0,
    );
    AGENTS.forEach((agent) => restored.addAgent(agent, T0));
    restored.restore([
      stored('c1', at(0), at(10), at(70), 'answered', 10, 60, 'u1'),
      stored('c2', at(5), at(35), at(155), 'answered', 35, 120, 'u2'),
      stored('c3', at(40), null, at(52), 'abandoned', 12, 0, null),
      stored('c4', at(60), null, at(63), 'abandoned', 3, 0, null),
    ]);
    day.forEach((event) => restored.apply(event));
    day.forEach((event) => floor.apply(event));
    expect(restored.stats('support', at(200)).today).toEqual(floor.stats('support', at(200)).today);
    expect(restored.agentRow('u1', at(200))?.today).toEqual({
      handled: 1,
      averageHandleTime: 60,
      pauseSeconds: 0,
    });
  });

  it('puts a queue on the board once an agent logs in to it', () => {
    floor.presenceChanged(
      presence('u2', '1002', { queues: [{ queue: 'vip', paused: false, pauseReason: null }] }),
      at(1),
    );
    expect(floor.queues()).toContain('vip');
    expect(floor.stats('vip', at(2)).agents).toMatchObject({ loggedIn: 1, available: 1 });
  });

  it('after a reconnect keeps exactly the callers the PBX lists', () => {
    floor.apply(joined('c1', 0));
    floor.apply(joined('c2', 5));
    floor.drain();
    floor.apply({
      type: 'queue.callersListed',
      at: at(30),
      callers: [
        { callId: 'c2', queue: 'support', callerNumber: '0671000000', joinedAt: at(5) },
        { callId: 'c9', queue: 'support', callerNumber: '0671000009', joinedAt: at(20) },
      ],
    });
    expect(floor.waitingCallers().map((caller) => caller.callId)).toEqual(['c2', 'c9']);
    expect(floor.drain()).toMatchObject({ joined: ['c9'], left: [{ callId: 'c1', queue: 'support' }] });
  });

  it('files callers in the 15-minute interval they joined in', () => {
    floor.apply(joined('c1', 14 * 60 + 50));
    floor.apply(answered('c1', '1001', 15 * 60 + 10));
    expect(floor.intervals('support')).toEqual([
      expect.objectContaining({ start: at(0).toISOString(), offered: 1, answered: 1 }),
    ]);
    expect(floor.stats('support', at(16 * 60)).currentInterval).toMatchObject({
      start: at(15 * 60).toISOString(),
      offered: 0,
    });
  });

  it('counts the day again when a queue rules change', () => {
    day.forEach((event) => floor.apply(event));
    settings.set('support', {
      ...defaultQueueSettings('support'),
      serviceLevelSeconds: 30,
      shortAbandonSeconds: 15,
    });
    floor.recount('support');
    expect(floor.stats('support', at(200)).today).toMatchObject({
      answeredWithinServiceLevel: 2,
      shortAbandoned: 2,
      abandoned: 0,
      handled: 2,
      serviceLevel: 1,
    });
  });

  it('starts the counts again at midnight', () => {
    day.forEach((event) => floor.apply(event));
    const tomorrow = new Date(2026, 11, 4, 0, 0, 5);
    floor.apply({ ...joined('c5', 0), at: tomorrow });
    expect(floor.stats('support', tomorrow)).toMatchObject({ waiting: 1, today: { offered: 0, handled: 0 } });
    expect(floor.agentRow('u1', tomorrow)?.today.handled).toBe(0);
  });
});

function stored(
  callId: string,
  queuedAt: Date,
  answeredAt: Date | null,
  endedAt: Date,
  disposition: string,
  waitSeconds: number,
  talkSeconds: number,
  agentId: string | null,
) {
  return {
    callId,
    queue: 'support',
    queuedAt,
    answeredAt,
    endedAt,
    disposition,
    waitSeconds,
    talkSeconds,
    agentId,
  };
}
