import { Socket, connect } from 'node:net';
import { AgiLogEntry, FastAgiServer } from './fastagi-server';

/** A peer that is not Asterisk: raw bytes over TCP, to see the server log, hang up and stay up. */
describe('FastAgiServer with malformed input', () => {
  let server: FastAgiServer;
  let port: number;
  let logs: AgiLogEntry[];
  let commandsSent: string[];

  beforeEach(async () => {
    logs = [];
    commandsSent = [];
    server = new FastAgiServer({
      scripts: {
        selfservice: async (channel) => {
          commandsSent.push('GET VARIABLE');
          await channel.getVariable('CHANNEL(linkedid)');
        },
      },
      log: (entry) => logs.push(entry),
      timeouts: { environmentMs: 200 },
    });
    port = await server.listen(0, '127.0.0.1');
  });
  afterEach(() => server.close());

  const environment =
    'agi_network: yes\nagi_network_script: selfservice\nagi_request: agi://x/selfservice\nagi_channel: PJSIP/a-1\n\n';

  /** Writes `text`, then resolves with everything the server wrote once it closes the connection. */
  function exchange(text: string | ((socket: Socket, received: string) => void)): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' });
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        received += chunk;
        if (typeof text === 'function') text(socket, received);
      });
      socket.on('error', () => undefined);
      socket.once('connect', () => socket.write(typeof text === 'string' ? text : environment));
      socket.once('close', () => resolve(received));
    });
  }

  it('closes on a line that is not an environment line', async () => {
    expect(await exchange('GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe('');
    expect(logs).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: expect.stringMatching(/not an agi_\* environment line/),
      }),
    ]);
    expect(commandsSent).toEqual([]);
  });

  it('closes on an environment without agi_request', async () => {
    await exchange('agi_network: yes\nagi_channel: PJSIP/a-1\n\n');
    expect(logs[0].message).toMatch(/without agi_request/);
  });

  it('closes when the environment never ends', async () => {
    await exchange('agi_network: yes\n');
    expect(logs[0].message).toMatch(/no complete environment in time/);
  });

  it('closes on an endless line', async () => {
    await exchange(`agi_network: ${'x'.repeat(20_000)}`);
    expect(logs[0].message).toMatch(/line too long/);
  });

  it('closes on a garbled reply, ending the handler without an error of its own', async () => {
    let sent = false;
    const received = await exchange((socket, text) => {
      if (!sent && text.includes('GET VARIABLE')) {
        sent = true;
        socket.write('ok, sure\n');
      }
    });
    expect(received).toBe('GET VARIABLE "CHANNEL(linkedid)"\n');
    expect(logs.map((entry) => [entry.level, entry.message])).toEqual([
      ['warn', 'Malformed AGI input (not a status line): "ok, sure"'],
    ]);
  });

  it('closes on a reply to a command it never sent', async () => {
    // The connection is gone before the handler's first command could be written.
    expect(await exchange(`${environment}200 result=1\n`)).toBe('');
    expect(logs.map((entry) => entry.message)).toEqual([
      expect.stringMatching(/a reply while no command was sent/),
    ]);
  });
});
