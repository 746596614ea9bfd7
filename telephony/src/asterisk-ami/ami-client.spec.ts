import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScriptedAmiServer, recordedEvents } from '../test-pbx/scripted-ami-server';
import { AmiActionError, AmiClient } from './ami-client';
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
  const client = (secret = CREDENTIALS.secret) => {
    const created = new AmiClient({
      host: '127.0.0.1',
      port,
      username: CREDENTIALS.username,
      secret,
      reconnectMinMs: 50,
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
    const ami = client('wrong');
    const refusals: string[] = [];
    ami.on('refused', (error) => refusals.push(error.message));
    await expect(ami.connect()).rejects.toBeInstanceOf(AmiActionError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals[0]).toMatch(/Authentication failed/);
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
