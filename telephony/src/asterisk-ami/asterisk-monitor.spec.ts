import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbxEvent } from '../port/pbx-events';
import { confirmMonitorActions } from '../test-pbx/monitor-confirmations';
import { ScriptedAmiServer, recordedEvents } from '../test-pbx/scripted-ami-server';
import { amiFrame } from './ami-frame';
import { AmiMessage } from './ami-parser';
import { AsteriskAmiAdapter } from './asterisk-ami-adapter';

const CREDENTIALS = { username: 'crm', secret: 'crm-secret' };
const read = (name: string) => readFileSync(join(__dirname, '__fixtures__', name));
/** The actions a recorded client sent, as the scripted PBX receives them (lower-case names, no ActionID). */
const recordedActions = (name: string): AmiMessage[] =>
  read(name)
    .toString()
    .split('\r\n\r\n')
    .filter((frame) => frame.trim())
    .map((frame) => {
      const headers = frame.split('\r\n').map((line) => line.split(': ') as [string, string]);
      return Object.fromEntries(
        headers.filter(([name]) => name !== 'ActionID').map(([name, value]) => [name.toLowerCase(), value]),
      );
    });
const withoutId = ({ actionid: _id, ...fields }: AmiMessage) => fields;
const sentAction = (name: string, action: string, nth = 0) =>
  recordedActions(name).filter((fields) => fields['action'] === action)[nth];

/** The recorded sessions' ids are `monitor-<session>`. */
const LISTEN_SESSION = '3f0c1a52-8d4e-4b7a-9c61-2e5f7a9b0d14';
const STOP_SESSION = '7b2d9e40-1c3a-4f6b-8e25-9d0a4c6f1b37';

describe('AsteriskAmiAdapter monitoring, against the ChanSpy streams recorded from Asterisk 22.10.1', () => {
  let pbx: ScriptedAmiServer;
  let adapter: AsteriskAmiAdapter;
  let seen: PbxEvent[];

  const waitFor = async (test: (event: PbxEvent) => boolean) => {
    for (let tries = 0; tries < 200 && !seen.some(test); tries++) await new Promise((r) => setTimeout(r, 5));
    expect(seen.some(test)).toBe(true);
  };
  /** Resolves once the PBX has received `count` actions (after the login and the resync). */
  const actionsReach = async (count: number) => {
    for (let tries = 0; tries < 200 && pbx.actions.length < count; tries++)
      await new Promise((r) => setTimeout(r, 5));
  };
  /** Every frame the PBX wrote before this has been handled once the Ping's answer is back. */
  const settle = () => adapter.sendAction('Ping', {});
  const split = (name: string, before: string) => {
    const events = recordedEvents(read(name));
    const at = events.findIndex((frame) => frame.startsWith(`Event: ${before}\r\n`));
    return [events.slice(0, at), events.slice(at)];
  };

  beforeEach(async () => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    const port = await pbx.listen();
    adapter = new AsteriskAmiAdapter({
      host: '127.0.0.1',
      port,
      ...CREDENTIALS,
      originateContext: 'crm-click-to-call',
    });
    seen = [];
    adapter.onEvent((event) => seen.push(event));
    await adapter.start();
    for (let tries = 0; tries < 200 && adapter.linkState !== 'connected'; tries++)
      await new Promise((r) => setTimeout(r, 5));
  });
  afterEach(async () => {
    await adapter.stop();
    await pbx.close();
  });

  it('listen: the Originate is the recorded one; the spy channel never becomes a call; the call ending ends it', async () => {
    const originate = pbx.nextAction('Originate');
    await adapter.startMonitor({
      sessionId: LISTEN_SESSION,
      supervisor: '2001',
      agent: '2002',
      mode: 'listen',
    });
    expect(withoutId(await originate)).toEqual(sentAction('chanspy_listen_switch.sent', 'Originate', 1));
    expect(withoutId(await originate)).toMatchObject({
      channel: 'PJSIP/2001',
      context: 'crm-monitor',
      exten: '2002',
      callerid: '"Listen 2002" <2002>',
      channelid: `monitor-${LISTEN_SESSION}`,
      variable: 'SB_MONITOR_MODE=listen',
    });

    pbx.broadcast(recordedEvents(read('chanspy_listen_switch.ami')));
    await waitFor((event) => event.type === 'monitor.ended');
    const calls = seen.filter((event) => 'callId' in event);
    expect(new Set(calls.map((event) => 'callId' in event && event.callId))).toEqual(
      new Set(['1796306111.2']),
    );
    expect(calls.map((event) => event.type)).toEqual([
      'call.started',
      'queue.callerJoined',
      'agent.ringing',
      'queue.callerLeft',
      'call.answered',
      'call.ended',
    ]);
    expect(seen.filter((event) => event.type === 'monitor.ended')).toEqual([
      { type: 'monitor.ended', sessionId: LISTEN_SESSION, at: expect.any(Date) },
    ]);
    expect(seen.findIndex((event) => event.type === 'monitor.ended')).toBeGreaterThan(
      seen.findIndex((event) => event.type === 'call.ended'),
    );
  });

  it('switches modes with the recorded PlayDTMF on the spy channel Newchannel named, once ChanSpy runs', async () => {
    const [beforeSpy, fromSpy] = split('chanspy_listen_switch.ami', 'ChanSpyStart');
    await adapter.startMonitor({
      sessionId: LISTEN_SESSION,
      supervisor: '2001',
      agent: '2002',
      mode: 'listen',
    });
    pbx.broadcast(beforeSpy);
    await settle();
    const sent = pbx.actions.length;
    // The supervisor's phone is up but ChanSpy has not found the agent yet: the digit would be lost, so it waits.
    await adapter.changeMonitorMode(LISTEN_SESSION, 'whisper');
    expect(pbx.actions).toHaveLength(sent);
    pbx.broadcast(fromSpy.slice(0, 1));
    await actionsReach(sent + 1);
    expect(withoutId(pbx.actions[sent])).toEqual(sentAction('chanspy_listen_switch.sent', 'PlayDTMF', 0));
    await adapter.changeMonitorMode(LISTEN_SESSION, 'barge');
    await adapter.changeMonitorMode(LISTEN_SESSION, 'listen');
    expect(pbx.actions.slice(sent + 1).map(withoutId)).toEqual([
      sentAction('chanspy_listen_switch.sent', 'PlayDTMF', 1),
      sentAction('chanspy_listen_switch.sent', 'PlayDTMF', 2),
    ]);
    expect(pbx.actions[sent]).toMatchObject({ channel: 'PJSIP/2001-00000004', digit: '5', receive: 'true' });
  });

  it('whisper, then stop: the recorded Hangup of the spy channel ends the session and the call goes on', async () => {
    const [beforeSpy, fromSpy] = split('chanspy_whisper_stop.ami', 'ChanSpyStart');
    const originate = pbx.nextAction('Originate');
    await adapter.startMonitor({
      sessionId: STOP_SESSION,
      supervisor: '2001',
      agent: '2002',
      mode: 'whisper',
    });
    expect(withoutId(await originate)).toEqual(sentAction('chanspy_whisper_stop.sent', 'Originate', 1));
    pbx.broadcast([...beforeSpy, fromSpy[0]]);
    await settle();
    await adapter.changeMonitorMode(STOP_SESSION, 'barge');
    await adapter.stopMonitor(STOP_SESSION);
    expect(pbx.actions.slice(-2).map(withoutId)).toEqual([
      sentAction('chanspy_whisper_stop.sent', 'PlayDTMF'),
      sentAction('chanspy_whisper_stop.sent', 'Hangup'),
    ]);
    pbx.broadcast(fromSpy.slice(1));
    await waitFor((event) => event.type === 'call.ended');
    const ended = seen.filter((event) => event.type === 'monitor.ended' || event.type === 'call.ended');
    expect(ended.map((event) => event.type)).toEqual(['monitor.ended', 'call.ended']);
    expect(ended[0]).toMatchObject({ sessionId: STOP_SESSION });
    expect(ended[1]).toMatchObject({ callId: '1796306171.8', disposition: 'answered', agent: '2002' });
    // The supervisor's phone is busy (presence), but it never rang with a call.
    expect(seen.filter((event) => 'callId' in event && 'agent' in event && event.agent === '2001')).toEqual(
      [],
    );
    expect(seen).toContainEqual(expect.objectContaining({ type: 'agent.deviceChanged', agent: '2001' }));
  });

  it('after a reconnect keeps a spy channel still up out of the calls and ends one that is gone', async () => {
    await adapter.startMonitor({ sessionId: 'gone', supervisor: '1002', agent: '1001', mode: 'listen' });
    pbx.broadcast([
      amiFrame({ Event: 'Newchannel', Channel: 'PJSIP/1002-00000001', Uniqueid: 'monitor-gone' }),
    ]);
    await settle();
    await adapter.startMonitor({
      sessionId: 'on-its-way',
      supervisor: '1003',
      agent: '1001',
      mode: 'listen',
    });
    pbx.setList('CoreShowChannels', [
      {
        Event: 'CoreShowChannel',
        Channel: 'PJSIP/1003-00000009',
        Uniqueid: 'monitor-other',
        Linkedid: 'monitor-other',
        ChannelState: 6,
        Application: 'ChanSpy',
      },
    ]);
    pbx.dropConnections();
    await waitFor((event) => event.type === 'monitor.ended');
    const monitorEvents = seen.filter((event) => event.type.startsWith('monitor.'));
    expect(monitorEvents).toEqual([{ type: 'monitor.ended', sessionId: 'gone', at: expect.any(Date) }]);
    // Known from the resync, though another instance started it: stopped by its name.
    await adapter.stopMonitor('other');
    expect(pbx.actions.at(-1)).toMatchObject({ action: 'Hangup', channel: 'PJSIP/1003-00000009' });
  });

  it('stopping a session the PBX no longer has resolves; other refusals reject', async () => {
    pbx.onAction('Hangup', (action) =>
      action['channel'] === 'monitor-gone' ? { error: 'No such channel' } : { error: 'Permission denied' },
    );
    await expect(adapter.stopMonitor('gone')).resolves.toBeUndefined();
    pbx.onAction('Hangup', () => ({ error: 'Permission denied' }));
    await expect(adapter.stopMonitor('gone')).rejects.toThrow(/Permission denied/);
  });

  it('works end to end against the scripted PBX confirming monitoring as Asterisk does', async () => {
    const spies = confirmMonitorActions(pbx);
    await adapter.startMonitor({ sessionId: 's1', supervisor: '1002', agent: '1001', mode: 'barge' });
    await adapter.startMonitor({ sessionId: 's2', supervisor: '1003', agent: '1001', mode: 'listen' });
    await settle();
    await adapter.changeMonitorMode('s1', 'listen');
    expect(pbx.actions.at(-1)).toMatchObject({
      action: 'PlayDTMF',
      channel: 'PJSIP/1002-00000001',
      digit: '4',
    });
    await adapter.stopMonitor('s1');
    await waitFor((event) => event.type === 'monitor.ended');
    spies.endCallOf('1001');
    await waitFor((event) => event.type === 'monitor.ended' && event.sessionId === 's2');
    const ended = seen.flatMap((event) => (event.type === 'monitor.ended' ? [event.sessionId] : []));
    expect(ended).toEqual(['s1', 's2']);
    expect(spies.live).toBe(0);
  });
});
