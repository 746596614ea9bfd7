import { readFileSync } from 'node:fs';
import { AmiClient, AmiParser } from '@switchboard/telephony';
import { ScriptedAmiServer, pbxFixtureFiles, recordedEvents } from '@switchboard/telephony/test-pbx';
import AsteriskManager from 'asterisk-manager';

const CREDENTIALS = { username: 'bench', secret: 'bench-secret' };

/** Every recorded event frame, repeated until there are at least `count`. */
function eventFrames(count: number): string[] {
  const recorded = pbxFixtureFiles('asterisk-ami', '.ami').flatMap((path) =>
    recordedEvents(readFileSync(path)),
  );
  return Array.from({ length: Math.ceil(count / recorded.length) }, () => recorded)
    .flat()
    .slice(0, count);
}

const perSecond = (events: number, started: bigint) =>
  Math.round(events / (Number(process.hrtime.bigint() - started) / 1e9));

/** Our parser alone, on the stream cut into 64 KB chunks as a socket would deliver it. */
function parserOnly(frames: string[]): number {
  const stream = Buffer.from(`Asterisk Call Manager/11.0.0\r\n${frames.join('')}`);
  let seen = 0;
  const parser = new AmiParser({ message: () => seen++, malformed: () => undefined });
  const started = process.hrtime.bigint();
  for (let offset = 0; offset < stream.length; offset += 65_536)
    parser.push(stream.subarray(offset, offset + 65_536));
  return perSecond(seen, started);
}

/** Events per second from the test PBX's socket to a listener, for a client wired by `listen`. */
async function overTcp(
  frames: string[],
  listen: (port: number, onEvent: () => void) => Promise<() => void>,
): Promise<number> {
  const pbx = new ScriptedAmiServer(CREDENTIALS);
  const port = await pbx.listen();
  let seen = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const stop = await listen(port, () => {
    if (++seen === frames.length) done();
  });
  const started = process.hrtime.bigint();
  pbx.broadcast(frames);
  await all;
  const rate = perSecond(seen, started);
  stop();
  await pbx.close();
  return rate;
}

async function ours(port: number, onEvent: () => void): Promise<() => void> {
  const client = new AmiClient({ host: '127.0.0.1', port, ...CREDENTIALS });
  client.on('event', onEvent);
  await client.connect();
  return () => void client.close();
}

async function theirs(port: number, onEvent: () => void): Promise<() => void> {
  const manager = AsteriskManager(port, '127.0.0.1', CREDENTIALS.username, CREDENTIALS.secret, true);
  manager.on('managerevent', onEvent);
  await new Promise<void>((resolve) => manager.once('response', () => resolve()));
  return () => manager.disconnect();
}

/** AMI parse throughput, ours beside the `asterisk-manager` package, on the recorded Asterisk 22 streams. */
export async function amiThroughput(events = 200_000): Promise<string[]> {
  const frames = eventFrames(events);
  return [
    `ami: parser alone (switchboard)         ${parserOnly(frames).toLocaleString('en')} events/s`,
    `ami: over TCP, switchboard AmiClient     ${(await overTcp(frames, ours)).toLocaleString('en')} events/s`,
    `ami: over TCP, asterisk-manager 0.2.0    ${(await overTcp(frames, theirs)).toLocaleString('en')} events/s`,
  ];
}
