import { AddressInfo, Server, Socket, createServer } from 'node:net';
import { ScriptedAgiPeer } from './scripted-agi-peer';

/** The peer against a bare TCP server that writes command lines by hand and records the replies. */
describe('ScriptedAgiPeer', () => {
  let server: Server;
  let port: number;
  let script: (socket: Socket, lines: AsyncIterator<string>) => Promise<void>;
  let environment: string[];

  beforeEach(async () => {
    environment = [];
    server = createServer((socket) => {
      socket.setEncoding('utf8');
      const lines = readLines(socket);
      void (async () => {
        for (;;) {
          const line = (await lines.next()).value as string;
          if (line === '') break;
          environment.push(line);
        }
        await script(socket, lines);
        socket.end();
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function ask(
    socket: Socket,
    lines: AsyncIterator<string>,
    command: string,
    count = 1,
  ): Promise<string[]> {
    socket.write(`${command}\n`);
    const replies: string[] = [];
    for (let index = 0; index < count; index++) replies.push((await lines.next()).value as string);
    return replies;
  }

  it('sends the environment Asterisk 22 sends for agi://host:port/selfservice, in its order', async () => {
    script = async () => undefined;
    await new ScriptedAgiPeer({ port, callerId: '0501234567', language: 'uk', args: ['x'] }).run();
    expect(environment.slice(0, 4)).toEqual([
      'agi_network: yes',
      'agi_network_script: selfservice',
      `agi_request: agi://127.0.0.1:${port}/selfservice`,
      'agi_channel: PJSIP/trunk-00000001',
    ]);
    expect(environment).toEqual(
      expect.arrayContaining([
        'agi_language: uk',
        'agi_callerid: 0501234567',
        'agi_context: crm-selfservice',
        'agi_version: 22.1.0',
        'agi_enhanced: 0.0',
        'agi_accountcode: ',
        'agi_arg_1: x',
      ]),
    );
    expect(environment.at(-1)).toBe('agi_arg_1: x');
  });

  it('answers as Asterisk does: digits as ASCII codes, usage texts, unknown commands', async () => {
    const replies: string[][] = [];
    script = async (socket, lines) => {
      replies.push(await ask(socket, lines, 'STREAM FILE menu "12"'));
      replies.push(await ask(socket, lines, 'GET DATA prompt 3000 1'));
      replies.push(await ask(socket, lines, 'STREAM FILE menu', 3));
      replies.push(await ask(socket, lines, 'DANCE'));
    };
    await new ScriptedAgiPeer({ port, callerId: null, presses: ['1', '7'] }).run();
    expect(replies).toEqual([
      ['200 result=49 endpos=8000'],
      ['200 result=7'],
      [
        '520-Invalid command syntax.  Proper usage follows:',
        'Usage: STREAM FILE <filename> <escape_digits> [sample offset]',
        '520 End of proper usage.',
      ],
      ['510 Invalid or unknown command'],
    ]);
  });

  it('after a hangup sends HANGUP, refuses channel commands with 511 and still sets variables', async () => {
    const replies: string[][] = [];
    script = async (socket, lines) => {
      replies.push(await ask(socket, lines, 'STREAM FILE menu "1"', 2));
      replies.push(await ask(socket, lines, 'STREAM FILE next "1"'));
      replies.push(await ask(socket, lines, 'SET VARIABLE SB_IVR_CHOICE debt'));
    };
    const transcript = await new ScriptedAgiPeer({ port, callerId: '1', hangUpDuring: 1 }).run();
    expect(replies).toEqual([
      ['200 result=-1 endpos=4000', 'HANGUP'],
      ['511 Command Not Permitted on a dead channel or intercept routine'],
      ['200 result=1'],
    ]);
    expect(transcript).toMatchObject({ hungUp: true, variables: { SB_IVR_CHOICE: 'debt' } });
  });
});

function readLines(socket: Socket): AsyncIterator<string> {
  let buffer = '';
  const ready: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else ready.push(line);
    }
  });
  return {
    next: () =>
      new Promise((resolve) => {
        const line = ready.shift();
        if (line !== undefined) resolve({ value: line, done: false });
        else waiting.push((value) => resolve({ value, done: false }));
      }),
  };
}
