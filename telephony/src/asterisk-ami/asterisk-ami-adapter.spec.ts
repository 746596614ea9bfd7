import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbxEvent } from '../port/pbx-events';
import { ScriptedAmiServer, recordedEvents } from '../test-pbx/scripted-ami-server';
import { syntheticCall } from '../test-pbx/synthetic-calls';
import { AsteriskAmiAdapter } from './asterisk-ami-adapter';

const CREDENTIALS = { username: 'crm', secret: 'crm-secret' };
const fixture = (name: string) => recordedEvents(readFileSync(join(__dirname, '__fixtures__', name)));

/** Resolves with the events seen up to and including the first one `done` accepts. */
function until(adapter: AsteriskAmiAdapter, done: (event: PbxEvent) => boolean): Promise<PbxEvent[]> {
  return new Promise((resolve) => {
    const seen: PbxEvent[] = [];
    adapter.onEvent((event) => {
      seen.push(event);
      if (done(event)) resolve([...seen]);
    });
  });
}

describe('AsteriskAmiAdapter against the scripted PBX over TCP', () => {
  let pbx: ScriptedAmiServer;
  let adapter: AsteriskAmiAdapter;
  const malformed: string[] = [];
  const links: string[] = [];

  beforeEach(async () => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    const port = await pbx.listen();
    adapter = new AsteriskAmiAdapter({
      host: '127.0.0.1',
      port,
      ...CREDENTIALS,
      reconnectMinMs: 20,
      originateContext: 'crm-click-to-call',
      onMalformed: (_frame, reason) => malformed.push(reason),
      onLinkChanged: (state) => links.push(state),
    });
    malformed.length = 0;
    links.length = 0;
  });
  afterEach(async () => {
    await adapter.stop();
    await pbx.close();
  });

  it('resyncs after login: queue members become presence, then the link reads connected', async () => {
    pbx.setList('QueueStatus', [
      {
        Event: 'QueueMember',
        Queue: 'support',
        Location: 'PJSIP/1001',
        Status: 1,
        Paused: 1,
        PausedReason: 'lunch',
      },
    ]);
    const presence = until(adapter, (event) => event.type === 'agent.deviceChanged');
    await adapter.start();
    expect(await presence).toEqual([
      expect.objectContaining({
        type: 'agent.queueChanged',
        agent: '1001',
        paused: true,
        pauseReason: 'lunch',
      }),
      expect.objectContaining({ type: 'agent.deviceChanged', agent: '1001', device: 'not-in-use' }),
    ]);
    expect(links).toEqual(['connecting', 'connected']);
    expect(pbx.actions.map((action) => action['action'])).toEqual([
      'Login',
      'CoreShowChannels',
      'QueueStatus',
    ]);
  });

  it('ends a call that hung up while the link was down, once, after the reconnect', async () => {
    await adapter.start();
    const call = syntheticCall({ linkedid: '1795500000.1', callerNumber: '0671234567', agent: '1001' });
    const answered = until(adapter, (event) => event.type === 'call.answered');
    pbx.broadcast([...call.ring, ...call.answer]);
    await answered;
    const ended = until(adapter, (event) => event.type === 'call.ended');
    pbx.setList('CoreShowChannels', []);
    pbx.dropConnections();
    expect(await ended).toContainEqual(
      expect.objectContaining({ type: 'call.ended', callId: '1795500000.1', disposition: 'answered' }),
    );
    expect(links).toContain('disconnected');
    expect(links.at(-1)).toBe('connected');
  });

  it('keeps a call that lives on through the outage and ends it on its Hangup', async () => {
    await adapter.start();
    const call = syntheticCall({ linkedid: '1795500000.2', callerNumber: '0671234567', agent: '1002' });
    const answered = until(adapter, (event) => event.type === 'call.answered');
    pbx.broadcast([...call.ring, ...call.answer]);
    await answered;
    pbx.setList('CoreShowChannels', [
      {
        Event: 'CoreShowChannel',
        Channel: 'PJSIP/trunk-1',
        Uniqueid: '1795500000.2',
        Linkedid: '1795500000.2',
        ChannelState: 6,
        BridgeId: 'b1',
      },
      {
        Event: 'CoreShowChannel',
        Channel: 'PJSIP/1002-2',
        Uniqueid: '1795500000.21',
        Linkedid: '1795500000.2',
        ChannelState: 6,
        BridgeId: 'b1',
      },
    ]);
    const seen: PbxEvent[] = [];
    adapter.onEvent((event) => seen.push(event));
    const reconnected = new Promise<void>((resolve) =>
      pbx.nextAction('QueueStatus').then(() => setTimeout(resolve, 50)),
    );
    pbx.dropConnections();
    await reconnected;
    // Nothing about the call: only the queues' (empty) list of waiting callers.
    expect(seen.map((event) => event.type)).toEqual(['queue.callersListed']);
    const ended = until(adapter, (event) => event.type === 'call.ended');
    pbx.broadcast(call.hangup);
    expect((await ended).filter((event) => event.type === 'call.ended')).toHaveLength(1);
  });

  it('takes up a call that started during the outage, answered by the bridged agent', async () => {
    await adapter.start();
    pbx.setList('CoreShowChannels', [
      {
        Event: 'CoreShowChannel',
        Channel: 'PJSIP/trunk-9',
        Uniqueid: '1795500000.3',
        Linkedid: '1795500000.3',
        CallerIDNum: '0501112233',
        ChannelState: 6,
        BridgeId: 'b2',
      },
      {
        Event: 'CoreShowChannel',
        Channel: 'PJSIP/1003-9',
        Uniqueid: '1795500000.31',
        Linkedid: '1795500000.3',
        CallerIDNum: '1003',
        ChannelState: 6,
        BridgeId: 'b2',
      },
    ]);
    const answered = until(adapter, (event) => event.type === 'call.answered');
    pbx.dropConnections();
    expect(await answered).toEqual([
      expect.objectContaining({ type: 'call.started', callId: '1795500000.3', callerNumber: '0501112233' }),
      expect.objectContaining({ type: 'call.answered', agent: '1003' }),
    ]);
  });

  it('stamps call events with when their frame was read and when they were normalized', async () => {
    await adapter.start();
    const ended = until(adapter, (event) => event.type === 'call.ended');
    const sentAt = performance.now();
    pbx.broadcast(fixture('queue_answered_sip.ami'));
    const calls = (await ended).filter((event) => 'callId' in event);
    expect(calls.length).toBeGreaterThan(2);
    for (const event of calls) {
      const timing = 'timing' in event ? event.timing : undefined;
      expect(timing?.frameReadAt).toBeGreaterThanOrEqual(sentAt);
      expect(timing?.normalizedAt).toBeGreaterThanOrEqual(timing?.frameReadAt ?? Infinity);
    }
  });

  it('logs a malformed frame, skips it and reads the next call', async () => {
    await adapter.start();
    const ringing = until(adapter, (event) => event.type === 'agent.ringing');
    pbx.broadcast(['this is not a header line\r\n\r\n', ...fixture('queue_answered_sip.ami')]);
    expect(await ringing).toContainEqual(expect.objectContaining({ type: 'agent.ringing', agent: '2002' }));
    expect(malformed).toHaveLength(1);
  });

  it('originates a click-to-call with the call id chosen up front', async () => {
    await adapter.start();
    const originate = pbx.nextAction('Originate');
    await adapter.originate({
      callId: 'c2c-1',
      agent: '1001',
      number: '0671234567',
      callerName: 'Olena "O" Petrenko',
    });
    expect(await originate).toMatchObject({
      channel: 'PJSIP/1001',
      context: 'crm-click-to-call',
      exten: '0671234567',
      channelid: 'c2c-1',
      async: 'true',
      callerid: '"Olena O Petrenko" <0671234567>',
    });
  });

  describe('with a Local-channel queue member, as recorded in queue_answered_local', () => {
    const recorded = fixture('queue_answered_local.ami');
    const memberFrame = (event: string) =>
      recorded.find((frame) => frame.startsWith(`Event: ${event}\r\n`) && frame.includes('Local/1003@'));
    const headers = (frame: string | undefined) =>
      Object.fromEntries(
        (frame ?? '')
          .split('\r\n')
          .filter((line) => line.includes(': '))
          .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
      );

    it('pauses the member under the interface QueueStatus reported at resync', async () => {
      pbx.setList('QueueStatus', [headers(memberFrame('QueueMember'))]);
      const resynced = until(adapter, (event) => event.type === 'agent.queueChanged');
      await adapter.start();
      await resynced;
      await adapter.pauseQueueMember({ agent: '1003', paused: true, reason: 'wrap-up' });
      expect(pbx.actions.at(-1)).toMatchObject({ action: 'QueuePause', interface: 'Local/1003@sim-agent/n' });
    });

    it('follows a member the PBX added while connected', async () => {
      await adapter.start();
      const added = until(adapter, (event) => event.type === 'agent.queueChanged');
      pbx.broadcast([memberFrame('QueueMemberAdded') ?? '']);
      await added;
      await adapter.pauseQueueMember({ agent: '1003', paused: false });
      expect(pbx.actions.at(-1)).toMatchObject({ action: 'QueuePause', interface: 'Local/1003@sim-agent/n' });
    });
  });

  it('lists the queues the PBX has, from its QueueSummary as recorded in basic_actions', async () => {
    const summary = fixture('basic_actions.ami').find((frame) => frame.startsWith('Event: QueueSummary\r\n'));
    const recordedSummary = Object.fromEntries(
      (summary ?? '')
        .split('\r\n')
        .filter((line) => line.includes(': ') && !line.startsWith('ActionID'))
        .map((line) => line.split(': ') as [string, string]),
    );
    pbx.setList('QueueSummary', [{ ...recordedSummary, Queue: 'sales' }, recordedSummary]);
    await adapter.start();
    expect(await adapter.queues()).toEqual(['sales', 'support']);
  });

  it('asks the PBX to add, pause and remove a queue member', async () => {
    await adapter.start();
    await adapter.addQueueMember({ agent: '1001', queue: 'support' });
    await adapter.pauseQueueMember({ agent: '1001', paused: true, reason: 'lunch' });
    await adapter.removeQueueMember({ agent: '1001', queue: 'support' });
    const sent = pbx.actions.slice(-3);
    expect(sent).toEqual([
      expect.objectContaining({ action: 'QueueAdd', queue: 'support', interface: 'PJSIP/1001' }),
      expect.objectContaining({
        action: 'QueuePause',
        interface: 'PJSIP/1001',
        paused: 'true',
        reason: 'lunch',
      }),
      expect.objectContaining({ action: 'QueueRemove', queue: 'support', interface: 'PJSIP/1001' }),
    ]);
  });
});
