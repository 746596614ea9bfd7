import { AsteriskAmiAdapter } from '../asterisk-ami/asterisk-ami-adapter';
import { PbxEvent } from '../port/pbx-events';
import { DEMO_ANSWER_ACTION, DEMO_HOLD_ACTION, DemoPhones } from './demo-phones';
import { ScriptedAmiServer } from './scripted-ami-server';
import { syntheticCall } from './synthetic-calls';
import { SyntheticTraffic } from './synthetic-traffic';

const CREDENTIALS = { username: 'demo', secret: 'demo-secret' };
const AGENT = '101';

describe('DemoPhones: calls wait for the console, over the real Asterisk adapter', () => {
  let pbx: ScriptedAmiServer;
  let phones: DemoPhones;
  let adapter: AsteriskAmiAdapter;
  let events: PbxEvent[];
  let sequence = 0;

  const eventually = async (done: (seen: PbxEvent[]) => boolean): Promise<PbxEvent[]> => {
    const deadline = Date.now() + 3000;
    while (!done(events)) {
      if (Date.now() > deadline) throw new Error(`events so far: ${events.map((e) => e.type).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return events;
  };
  const ended = () => eventually((seen) => seen.some((event) => event.type === 'call.ended'));
  const endOf = (seen: PbxEvent[]) => seen.find((event) => event.type === 'call.ended');
  const ring = async () => {
    const call = syntheticCall({
      linkedid: `1795000000.${sequence++}`,
      callerNumber: '+380671112233',
      agent: AGENT,
    });
    phones.ring(AGENT, call);
    await eventually((seen) => seen.some((event) => event.type === 'agent.ringing'));
    return call;
  };
  const setUp = async (ringTimeoutMs: number, recording?: (linkedid: string) => string | null) => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    phones = new DemoPhones(pbx, { ringTimeoutMs, recording });
    const port = await pbx.listen();
    adapter = new AsteriskAmiAdapter({ host: '127.0.0.1', port, ...CREDENTIALS, originateContext: 'x' });
    events = [];
    adapter.onEvent((event) => events.push(event));
    await adapter.start();
    await eventually(() => adapter.linkState === 'connected');
  };

  afterEach(async () => {
    phones.stop();
    await adapter.stop();
    await pbx.close();
  });

  it('rings until the console answers; hold, resume and hang-up follow the actions', async () => {
    await setUp(60_000);
    await ring();
    expect(events.some((event) => event.type === 'call.answered')).toBe(false);
    await adapter.sendAction(DEMO_ANSWER_ACTION, { Agent: AGENT });
    await eventually((seen) => seen.some((event) => event.type === 'call.answered'));
    await adapter.sendAction(DEMO_HOLD_ACTION, { Agent: AGENT, Hold: 'true' });
    await eventually((seen) => seen.some((event) => event.type === 'call.held'));
    await adapter.sendAction(DEMO_HOLD_ACTION, { Agent: AGENT, Hold: 'false' });
    await eventually((seen) => seen.some((event) => event.type === 'call.unheld'));
    await adapter.sendAction('Hangup', { Channel: `/^PJSIP\\/${AGENT}-/`, Cause: 16 });
    const end = endOf(await ended());
    expect(end).toMatchObject({ disposition: 'answered', agent: AGENT });
    expect(phones.busy(AGENT)).toBe(false);
  });

  it('names the recording of an answered call as the dialplan does, so the call ends with it', async () => {
    await setUp(60_000, (linkedid) => `/var/spool/asterisk/monitor/${linkedid}.wav`);
    const call = await ring();
    await adapter.sendAction(DEMO_ANSWER_ACTION, { Agent: AGENT });
    await adapter.sendAction('Hangup', { Channel: call.agentChannel, Cause: 16 });
    expect(endOf(await ended())).toMatchObject({
      disposition: 'answered',
      recording: `/var/spool/asterisk/monitor/${call.linkedid}.wav`,
    });
  });

  it('a phone hung up while ringing refuses the call: missed, not answered', async () => {
    await setUp(60_000);
    const call = await ring();
    await adapter.sendAction('Hangup', { Channel: call.agentChannel, Cause: 21 });
    const seen = await ended();
    expect(seen.some((event) => event.type === 'call.answered')).toBe(false);
    expect(endOf(seen)).toMatchObject({ disposition: 'busy', talkSeconds: 0 });
  });

  it('nobody answering ends the call unanswered after the ring timeout', async () => {
    await setUp(150);
    await ring();
    expect(phones.busy(AGENT)).toBe(true);
    const seen = await ended();
    expect(seen.some((event) => event.type === 'agent.stoppedRinging')).toBe(true);
    expect(endOf(seen)).toMatchObject({ disposition: 'no-answer', agent: null });
    expect(phones.busy(AGENT)).toBe(false);
  });

  it('refuses actions for a phone without a call, as Asterisk does for a missing channel', async () => {
    await setUp(60_000);
    await expect(adapter.sendAction(DEMO_ANSWER_ACTION, { Agent: AGENT })).rejects.toThrow(/No such channel/);
    await expect(adapter.sendAction('Hangup', { Channel: `/^PJSIP\\/${AGENT}-/` })).rejects.toThrow(
      /No such channel/,
    );
    await ring();
    await expect(adapter.sendAction(DEMO_HOLD_ACTION, { Agent: AGENT, Hold: 'true' })).rejects.toThrow(
      /No such channel/,
    );
  });

  it('synthetic traffic hands its calls to the demo phone instead of answering them itself', async () => {
    await setUp(60_000);
    const traffic = new SyntheticTraffic(pbx, {
      callsPerSecond: 0,
      agents: () => [AGENT],
      nextCaller: () => '+380671112233',
      ringMs: 10,
      takeCall: (agent, call) => phones.ring(agent, call),
    });
    traffic.placeCall();
    await eventually((seen) => seen.some((event) => event.type === 'agent.ringing'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    traffic.stop();
    expect(events.some((event) => event.type === 'call.answered')).toBe(false);
    expect(phones.busy(AGENT)).toBe(true);
  });
});
