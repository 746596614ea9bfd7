import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { stopAtSpecEndUnlessStopped } from './leftovers';
import { kamailioConfig } from './sip/kamailio.cfg';

export interface KamailioServer {
  /** `ws://127.0.0.1:<port>`, for SIP_WS_URL and the test caller. */
  webSocketUrl: string;
  domain: string;
  /** What Kamailio printed, for a failure message. */
  log: () => string;
  stop: () => Promise<void>;
}

const STARTUP_MS = 10000;

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForListener(port: number, process: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`kamailio exited with ${process.exitCode}:\n${log()}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`kamailio did not listen on ${port} within ${STARTUP_MS} ms:\n${log()}`);
}

/** Debian's Kamailio in the foreground, on a free loopback port with its own config and pid file. */
export async function startKamailio(): Promise<KamailioServer> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-kamailio-'));
  const port = await freePort();
  const file = join(dir, 'kamailio.cfg');
  await writeFile(file, kamailioConfig(port));
  const args = ['-f', file, '-DD', '-E', '-P', join(dir, 'kamailio.pid'), '-m', '64', '-M', '8'];
  const kamailio = spawn(process.env['KAMAILIO_PATH'] ?? '/usr/sbin/kamailio', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  kamailio.stdout.on('data', collect);
  kamailio.stderr.on('data', collect);
  const log = () => output;
  try {
    await waitForListener(port, kamailio, log);
  } catch (error) {
    kamailio.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    webSocketUrl: `ws://127.0.0.1:${port}`,
    domain: '127.0.0.1',
    log,
    stop: stopAtSpecEndUnlessStopped(async () => {
      if (kamailio.exitCode === null && kamailio.signalCode === null) {
        kamailio.kill('SIGTERM');
        await once(kamailio, 'exit');
      }
      await rm(dir, { recursive: true, force: true });
    }),
  };
}
