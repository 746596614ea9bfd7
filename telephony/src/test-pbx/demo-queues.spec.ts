import { AsteriskAmiAdapter } from '../asterisk-ami/asterisk-ami-adapter';
import { PbxEvent } from '../port/pbx-events';
import { DEMO_ANSWER_ACTION, DemoPhones } from './demo-phones';
import { DemoQueues } from './demo-queues';
import { ScriptedAmiServer } from './scripted-ami-server';

const CREDENTIALS = { username: 'demo', secret: 'demo-secret' };

describe('DemoQueues: callers wait for a free member, over the real Asterisk adapter', () => {
  let pbx: ScriptedAmiServer;
  let phones: DemoPhones;
  let queues: DemoQueues;
  let adapter: AsteriskAmiAdapter;
  let events: PbxEvent[];
  let members: string[];
  let paused: Set<string>;

  const types = () => events.map((event) => event.type);
  const eventually = async (done: () => boolean): Promise<void> => {
    const deadline = Date.now() + 3000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`events so far: ${types().join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const seen = (type: PbxEvent['type']) => () => types().includes(type);

  beforeEach(async () => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    phones = new DemoPhones(pbx, { ringTimeoutMs: 200 });
    members = ['101'];
    paused = new Set();
    queues = new DemoQueues(pbx, {
      queues: ['sales'],
      callsPerSecond: 0,
      nextCaller: () => '+380671112233',
      membersOf: () => members,
      mayRing: (agent) => !paused.has(agent) && !phones.busy(agent),
      offer: (agent, call, outcome) => phones.ring(agent, call, outcome),
      patienceMs: () => 400,
    });
    const port = await pbx.listen();
    adapter = new AsteriskAmiAdapter({ host: '127.0.0.1', port, ...CREDENTIALS, originateContext: 'x' });
    events = [];
    adapter.onEvent((event) => events.push(event));
    await adapter.start();
    await eventually(() => adapter.linkState === 'connected');
    events = [];
  });

  afterEach(async () => {
    queues.stop();
    phones.stop();
    await adapter.stop();
    await pbx.close();
  });

  it('rings a free member at once; answering takes the caller out of the queue', async () => {
    expect(queues.arrive()).not.toBeNull();
    await eventually(seen('agent.ringing'));
    await adapter.sendAction(DEMO_ANSWER_ACTION, { Agent: '101' });
    await eventually(seen('call.answered'));
    expect(types()).toEqual([
      'call.started',
      'queue.callerJoined',
      'agent.ringing',
      'queue.callerLeft',
      'call.answered',
    ]);
  });

  it('a caller nobody can take waits, then gives up after their patience', async () => {
    paused.add('101');
    queues.arrive();
    await eventually(seen('call.ended'));
    expect(types()).toEqual([
      'call.started',
      'queue.callerJoined',
      'queue.callerAbandoned',
      'queue.callerLeft',
      'call.ended',
    ]);
    expect(events.find((event) => event.type === 'call.ended')).toMatchObject({ disposition: 'abandoned' });
  });

  it('a ring nobody answers ends with the caller hanging up', async () => {
    queues.arrive();
    await eventually(seen('call.ended'));
    expect(types()).toEqual([
      'call.started',
      'queue.callerJoined',
      'agent.ringing',
      'agent.stoppedRinging',
      'queue.callerAbandoned',
      'queue.callerLeft',
      'call.ended',
    ]);
  });

  it('turns callers away from a queue without members', () => {
    members = [];
    expect(queues.arrive()).toBeNull();
  });
});
