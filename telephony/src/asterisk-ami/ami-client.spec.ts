import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScriptedAmiServer, recordedEvents } from '../test-pbx/scripted-ami-server';
import { AmiActionError, AmiClient, AmiClientOptions } from './ami-client';
import { AmiMessage } from './ami-parser';

const CREDENTIALS = { username: 'crm', secret: 'crm-secret' };

/** Resolves once `count` messages have arrived through `subscribe`. */
function collect(
  count: number,
  subscribe: (push: (message: AmiMessage) => void) => void,
): Promise<AmiMessage[]> {
  return new Promise((resolve) => {
    const seen: AmiMessage[] = [];
    subscribe((message) => {
      seen.push(message);
      if (seen.length === count) resolve(seen);
    });
  });
}

describe('AmiClient against the scripted PBX over TCP', () => {
  let pbx: ScriptedAmiServer;
  let port: number;
  const clients: AmiClient[] = [];
  const client = (options: Partial<AmiClientOptions> = {}) => {
    const created = new AmiClient({
      host: '127.0.0.1',
      port,
      ...CREDENTIALS,
      reconnectMinMs: 50,
      ...options,
    });
    clients.push(created);
    return created;
  };

  beforeEach(async () => {
    pbx = new ScriptedAmiServer(CREDENTIALS);
    port = await pbx.listen();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((created) => created.close()));
    await pbx.close();
  });

  it('logs in, pairs responses with their ActionID and collects event lists', async () => {
    const ami = client();
    await ami.connect();
    const [pong, channels] = await Promise.all([ami.action('Ping'), ami.actionList('CoreShowChannels')]);
    expect(pong).toMatchObject({ response: 'Success', ping: 'Pong' });
    expect(channels).toEqual([]);
    expect(pbx.actions.map((action) => action['action'])).toEqual(['Login', 'Ping', 'CoreShowChannels']);
    expect(new Set(pbx.actions.map((action) => action['actionid'])).size).toBe(3);
  });

  it('keeps retrying a refused login with backoff, saying why each time, until it is closed', async () => {
    const ami = client({ secret: 'wrong-secret-42' });
    const refusals: string[] = [];
    const disconnects: string[] = [];
    ami.on('refused', (error) => refusals.push(error.message));
    ami.on('disconnected', (reason) => disconnects.push(reason));
    await expect(ami.connect()).rejects.toBeInstanceOf(AmiActionError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals[0]).toMatch(/Authentication failed/);
    expect(disconnects[0]).toBe('login refused: Authentication failed');
    expect([...refusals, ...disconnects].join()).not.toContain('wrong-secret-42');
    await ami.close();
    const attempts = pbx.actions.filter((action) => action['action'] === 'Login').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pbx.actions.filter((action) => action['action'] === 'Login')).toHaveLength(attempts);
  });

  it('logs in once the PBX accepts again after refusing (a manager reload)', async () => {
    pbx.refuseNextLogins(2);
    const ami = client();
    const connected = new Promise<void>((resolve) => ami.once('connected', resolve));
    await expect(ami.connect()).rejects.toBeInstanceOf(AmiActionError);
    await connected;
    expect(ami.connected).toBe(true);
    expect(pbx.actions.filter((action) => action['action'] === 'Login')).toHaveLength(3);
  });

  it('hands on the events of a recorded queue call in order', async () => {
    const ami = client();
    await ami.connect();
    const frames = recordedEvents(readFileSync(join(__dirname, '__fixtures__', 'queue_answered_sip.ami')));
    const received = collect(frames.length, (push) => ami.on('event', push));
    pbx.broadcast(frames);
    const events = (await received).map((event) => event['event']);
    expect(events.indexOf('AgentCalled')).toBeLessThan(events.indexOf('AgentConnect'));
    expect(events.indexOf('AgentConnect')).toBeLessThan(events.lastIndexOf('Hangup'));
  });

  it('shows each event frame, and no response, to the onEventRead hook with the time it was read', async () => {
    const read: { name: string; readAt: number }[] = [];
    const ami = client({ onEventRead: (event, readAt) => read.push({ name: event['event'], readAt }) });
    await ami.connect();
    await ami.action('Ping');
    const frames = recordedEvents(readFileSync(join(__dirname, '__fixtures__', 'queue_answered_sip.ami')));
    const stamped: number[] = [];
    const received = collect(frames.length, (push) =>
      ami.on('event', (event, readAt) => {
        stamped.push(readAt);
        push(event);
      }),
    );
    const sentAt = performance.now();
    pbx.broadcast(frames);
    const events = await received;
    expect(read.map(({ name }) => name)).toEqual(events.map((event) => event['event']));
    expect(read.map(({ readAt }) => readAt)).toEqual(stamped);
    expect(stamped.every((readAt) => readAt >= sentAt && readAt <= performance.now())).toBe(true);
  });

  it('reconnects and logs in again after the PBX drops the link, saying so', async () => {
    const ami = client();
    await ami.connect();
    const reconnected = new Promise<void>((resolve) => ami.once('connected', resolve));
    const disconnected = new Promise<string>((resolve) => ami.once('disconnected', resolve));
    pbx.dropConnections();
    expect(await disconnected).toBe('connection lost');
    await reconnected;
    expect(pbx.loggedIn).toBe(1);
    expect(pbx.actions.filter((action) => action['action'] === 'Login')).toHaveLength(2);
    await expect(ami.action('Ping')).resolves.toMatchObject({ ping: 'Pong' });
  });

  it('fails pending actions when the link drops instead of leaving them hanging', async () => {
    const ami = client();
    await ami.connect();
    const pending = ami.action('Originate', { Channel: 'PJSIP/1001' });
    pbx.dropConnections();
    await expect(pending).rejects.toThrow('AMI link connection lost');
  });
});
