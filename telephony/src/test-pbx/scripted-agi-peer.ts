import { Socket, connect } from 'node:net';
import { splitAgiArguments } from '../agi/agi-arguments';
import { answerAgiCommand, isDeadCommand } from './agi-peer-answers';

export interface ScriptedAgiPeerOptions {
  port: number;
  host?: string;
  /** The path in `agi://host:port/<script>`. */
  script?: string;
  /** The caller's number as the trunk delivered it; null sends `unknown`, as Asterisk does. */
  callerId: string | null;
  callerIdName?: string;
  language?: string;
  uniqueId?: string;
  channel?: string;
  dnid?: string;
  context?: string;
  extension?: string;
  args?: string[];
  /**
   * What the caller presses, one entry per prompt (STREAM FILE, SAY NUMBER, GET DATA) in order; '' lets
   * that prompt play out. Digits not among a STREAM FILE's escape digits are ignored, as on a phone.
   */
  presses?: string[];
  /** Answers to GET VARIABLE, by name (`CHANNEL(linkedid)` included); others are unset. */
  variables?: Record<string, string>;
  /** Whether STREAM FILE and GET DATA find the file; by default every file exists. */
  fileExists?: (file: string) => boolean;
  /** The caller hangs up while this command (1-based) runs: it fails as on a hangup, then `HANGUP`. */
  hangUpDuring?: number;
  /** Commands, by first word, the peer never answers (to test the server's timeouts). */
  silentOn?: string[];
}

/** One command the peer received: the line as sent and its arguments as Asterisk parses them. */
export interface AgiPeerCommand {
  line: string;
  argv: string[];
  reply: string;
}

export interface AgiPeerTranscript {
  commands: AgiPeerCommand[];
  /** Channel variables after the dialogue, the ones the script set included. */
  variables: Record<string, string>;
  /** The caller (or a HANGUP command) ended the call, rather than the script closing the connection. */
  hungUp: boolean;
}

/**
 * Asterisk's side of a FastAGI call, for tests: connects to the server, sends the environment Asterisk 22
 * sends, then answers each command line as Asterisk does, pressing the scripted digits and recording
 * everything it was told. `run` resolves when the server closes the connection.
 */
export class ScriptedAgiPeer {
  private readonly presses: string[];
  private readonly variables: Record<string, string>;
  private readonly commands: AgiPeerCommand[] = [];
  private socket: Socket | null = null;
  private dead = false;

  constructor(private readonly options: ScriptedAgiPeerOptions) {
    this.presses = [...(options.presses ?? [])];
    this.variables = { ...options.variables };
  }

  /** Connects, runs the dialogue to its end and resolves with what was said. */
  run(): Promise<AgiPeerTranscript> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.options.host ?? '127.0.0.1', port: this.options.port });
      this.socket = socket;
      let buffer = '';
      socket.setEncoding('utf8');
      socket.setNoDelay(true);
      socket.once('connect', () => socket.write(this.environment()));
      socket.on('data', (text: string) => {
        buffer += text;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          this.receive(socket, line);
        }
      });
      socket.once('error', reject);
      socket.once('close', () =>
        resolve({ commands: this.commands, variables: { ...this.variables }, hungUp: this.dead }),
      );
    });
  }

  /** The caller hangs up now, between commands: Asterisk tells the script with a `HANGUP` line. */
  hangUp(): void {
    if (this.dead || !this.socket) return;
    this.dead = true;
    this.socket.write('HANGUP\n');
  }

  private receive(socket: Socket, line: string): void {
    const argv = splitAgiArguments(line);
    const name = (argv[0] ?? '').toUpperCase();
    if (this.options.silentOn?.includes(name)) {
      this.commands.push({ line, argv, reply: '' });
      return;
    }
    const hangingUp = this.commands.length + 1 === this.options.hangUpDuring;
    const reply =
      this.dead && !isDeadCommand(argv)
        ? '511 Command Not Permitted on a dead channel or intercept routine\n'
        : answerAgiCommand(argv, {
            hangingUp,
            nextPress: () => this.presses.shift() ?? '',
            variables: this.variables,
            fileExists: this.options.fileExists ?? (() => true),
          });
    this.commands.push({ line, argv, reply });
    // Asterisk writes the failed command's reply and then HANGUP at once; one write keeps them together.
    const hangsUp = (hangingUp || name === 'HANGUP') && !this.dead;
    if (hangsUp) this.dead = true;
    socket.write(hangsUp ? `${reply}HANGUP\n` : reply);
  }

  private environment(): string {
    const o = this.options;
    const script = o.script ?? 'selfservice';
    const host = o.host ?? '127.0.0.1';
    const lines: Array<[string, string]> = [
      ['agi_network', 'yes'],
      ['agi_network_script', script],
      ['agi_request', `agi://${host}:${o.port}/${script}`],
      ['agi_channel', o.channel ?? 'PJSIP/trunk-00000001'],
      ['agi_language', o.language ?? 'en'],
      ['agi_type', 'PJSIP'],
      ['agi_uniqueid', o.uniqueId ?? '1733238000.1'],
      ['agi_version', '22.1.0'],
      ['agi_callerid', o.callerId ?? 'unknown'],
      ['agi_calleridname', o.callerIdName ?? 'unknown'],
      ['agi_callingpres', '0'],
      ['agi_callingani2', '0'],
      ['agi_callington', '0'],
      ['agi_callingtns', '0'],
      ['agi_dnid', o.dnid ?? '0441234567'],
      ['agi_rdnis', 'unknown'],
      ['agi_context', o.context ?? 'crm-selfservice'],
      ['agi_extension', o.extension ?? 's'],
      ['agi_priority', '2'],
      ['agi_enhanced', '0.0'],
      ['agi_accountcode', ''],
      ['agi_threadid', '140234567890'],
      ...(o.args ?? []).map((arg, index): [string, string] => [`agi_arg_${index + 1}`, arg]),
    ];
    return lines.map(([name, value]) => `${name}: ${value}\n`).join('') + '\n';
  }
}
