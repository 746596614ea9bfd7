import { ScriptedAgiPeer, ScriptedAgiPeerOptions } from '../test-pbx/scripted-agi-peer';
import { AgiChannel } from './agi-channel';
import { AgiCommandError, AgiHangupError, AgiTimeoutError } from './agi-errors';
import { AgiHandler, AgiLogEntry, FastAgiServer } from './fastagi-server';

describe('FastAgiServer against a scripted Asterisk over TCP', () => {
  let server: FastAgiServer | null = null;
  let logs: AgiLogEntry[];

  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function start(handler: AgiHandler, timeouts = {}): Promise<number> {
    logs = [];
    server = new FastAgiServer({
      scripts: { selfservice: handler },
      log: (entry) => logs.push(entry),
      timeouts,
    });
    return server.listen(0, '127.0.0.1');
  }

  const call = (port: number, options: Partial<ScriptedAgiPeerOptions> = {}) =>
    new ScriptedAgiPeer({ port, callerId: '+380501234567', ...options }).run();

  it('hands the handler the environment and types each command and reply', async () => {
    const seen: Record<string, unknown> = {};
    const port = await start(async (channel: AgiChannel) => {
      seen.request = channel.request;
      seen.linkedid = await channel.getVariable('CHANNEL(linkedid)');
      seen.missing = await channel.getVariable('SB_NOTHING');
      seen.menu = await channel.streamFile('/var/lib/asterisk/sounds/switchboard/menu', '0123');
      seen.data = await channel.getData('beep', 3000, 4);
      seen.number = await channel.sayNumber(1250);
      await channel.setVariable('SB_IVR_CHOICE', 'debt');
      seen.exec = await channel.exec('Wait', '1');
      await channel.verbose('self-service "done"', 3);
    });
    const transcript = await call(port, {
      uniqueId: '1733238000.7',
      presses: ['2', '42', ''],
      variables: { 'CHANNEL(linkedid)': '1733238000.5' },
    });
    expect(seen.request).toMatchObject({
      script: 'selfservice',
      channel: 'PJSIP/trunk-00000001',
      uniqueId: '1733238000.7',
      callerId: '+380501234567',
      context: 'crm-selfservice',
    });
    expect(seen).toMatchObject({
      linkedid: '1733238000.5',
      missing: null,
      menu: { digit: '2', failed: false, endpos: 8000 },
      data: { digits: '42', timedOut: true, failed: false },
      number: { digit: null, failed: false },
      exec: 0,
    });
    expect(transcript.variables['SB_IVR_CHOICE']).toBe('debt');
    expect(transcript.commands.map((command) => command.line)).toEqual([
      'GET VARIABLE "CHANNEL(linkedid)"',
      'GET VARIABLE "SB_NOTHING"',
      'STREAM FILE "/var/lib/asterisk/sounds/switchboard/menu" "0123"',
      'GET DATA "beep" 3000 4',
      'SAY NUMBER 1250 ""',
      'SET VARIABLE "SB_IVR_CHOICE" "debt"',
      'EXEC "Wait" "1"',
      'VERBOSE "self-service \\"done\\"" 3',
    ]);
    expect(transcript.commands.at(-1)?.argv).toEqual(['VERBOSE', 'self-service "done"', '3']);
    expect(transcript.hungUp).toBe(false);
  });

  it('reads a missing file as a failed playback', async () => {
    let playback: unknown;
    const port = await start(async (channel) => {
      playback = await channel.streamFile('nothing-here', '1');
    });
    await call(port, { fileExists: () => false });
    expect(playback).toEqual({ digit: null, failed: true, endpos: 0 });
  });

  it('rejects 510 and 520 (with its usage text) as command errors, and the dialogue goes on', async () => {
    const errors: AgiCommandError[] = [];
    const port = await start(async (channel) => {
      await channel.command('FROBNICATE').catch((error: AgiCommandError) => errors.push(error));
      await channel.command('STREAM FILE beep').catch((error: AgiCommandError) => errors.push(error));
      await channel.setVariable('SB_AFTER', 'yes');
    });
    const transcript = await call(port);
    expect(errors.map((error) => [error.status, error instanceof AgiCommandError])).toEqual([
      [510, true],
      [520, true],
    ]);
    expect(errors[1].text).toContain('Usage: STREAM FILE <filename> <escape_digits>');
    expect(transcript.variables['SB_AFTER']).toBe('yes');
  });

  it('ends cleanly when the caller hangs up during a prompt', async () => {
    const outcomes: string[] = [];
    const port = await start(async (channel) => {
      const playback = await channel.streamFile('menu', '0123');
      outcomes.push(`played:${playback.failed ? 'failed' : 'ok'}`);
      await channel.streamFile('next', '0123').catch((error) => {
        outcomes.push(error instanceof AgiHangupError ? 'hangup' : 'other');
        throw error;
      });
      outcomes.push('not reached');
    });
    const transcript = await call(port, { hangUpDuring: 1 });
    expect(outcomes).toEqual(['played:failed', 'hangup']);
    expect(transcript.hungUp).toBe(true);
    expect(logs.filter((entry) => entry.level !== 'debug')).toEqual([]);
  });

  it('knows the caller hung up between commands and sends nothing more', async () => {
    let peer: ScriptedAgiPeer | null = null;
    let hungUpSeen = false;
    const port = await start(async (channel) => {
      await channel.setVariable('SB_STEP', '1');
      peer?.hangUp();
      // The HANGUP line crosses the network while the backend is busy (a database lookup, say).
      await new Promise((resolve) => setTimeout(resolve, 50));
      hungUpSeen = channel.hungUp;
      await channel.streamFile('menu', '1');
    });
    peer = new ScriptedAgiPeer({ port, callerId: '+380501234567' });
    const transcript = await peer.run();
    expect(hungUpSeen).toBe(true);
    expect(transcript.commands.map((command) => command.argv[0])).toEqual(['SET']);
    expect(logs.find((entry) => entry.level === 'debug')?.message).toMatch(/hung up/);
  });

  it('times a command out, logs it and closes the connection', async () => {
    let failure: unknown;
    const port = await start(
      async (channel) => {
        await channel.getVariable('CHANNEL(linkedid)').catch((error) => {
          failure = error;
          throw error;
        });
      },
      { commandMs: 100 },
    );
    const transcript = await call(port, { silentOn: ['GET'] });
    expect(failure).toBeInstanceOf(AgiTimeoutError);
    expect(transcript.commands).toHaveLength(1);
    expect(logs.map((entry) => entry.level)).toEqual(['error']);
  });

  it('closes a dialogue that runs past its deadline, so the dialplan goes on', async () => {
    const port = await start(() => new Promise<void>(() => undefined), { dialogueMs: 100 });
    const transcript = await call(port);
    expect(transcript.commands).toEqual([]);
    expect(logs.map((entry) => entry.message)).toEqual(['FastAGI dialogue took too long; closed']);
  });

  it('logs a handler failure and an unknown script, and keeps serving', async () => {
    const port = await start(async () => {
      throw new Error('database down');
    });
    await call(port);
    await call(port, { script: 'elsewhere' });
    expect(logs.map((entry) => [entry.level, entry.message])).toEqual([
      ['error', 'FastAGI dialogue failed: database down'],
      ['warn', 'No FastAGI script "elsewhere"'],
    ]);
  });
});
