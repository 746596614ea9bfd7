/** What the scripted AGI peer needs to answer one command as Asterisk 22's res_agi does. */
export interface AgiAnswerContext {
  /** The caller hangs up while this command runs. */
  hangingUp: boolean;
  nextPress: () => string;
  variables: Record<string, string>;
  fileExists: (file: string) => boolean;
}

/** Commands res_agi still runs on a dead channel (the rest get 511). */
const DEAD_COMMANDS = ['GET VARIABLE', 'GET FULL VARIABLE', 'SET VARIABLE', 'VERBOSE', 'NOOP', 'HANGUP'];

export function isDeadCommand(argv: string[]): boolean {
  const words = argv.map((word) => word.toUpperCase());
  return DEAD_COMMANDS.some((command) => command.split(' ').every((word, index) => words[index] === word));
}

const usage = (text: string) =>
  `520-Invalid command syntax.  Proper usage follows:\nUsage: ${text}\n520 End of proper usage.\n`;
const ascii = (digit: string) => (digit ? digit.charCodeAt(0) : 0);

/** The reply Asterisk writes for `argv`; only the commands the product uses, the rest are unknown. */
export function answerAgiCommand(argv: string[], context: AgiAnswerContext): string {
  const [first = '', second = ''] = argv.map((word) => word.toUpperCase());
  const command = ['STREAM', 'GET', 'SAY', 'SET'].includes(first) ? `${first} ${second}` : first;
  switch (command) {
    case 'ANSWER':
      return '200 result=0\n';
    case 'STREAM FILE':
      return streamFile(argv, context);
    case 'GET DATA':
      return getData(argv, context);
    case 'SAY NUMBER': {
      if (argv.length < 4 || argv.length > 5 || !/^-?\d+$/.test(argv[2])) {
        return usage('SAY NUMBER <number> <escape digits> [gender]');
      }
      if (context.hangingUp) return '200 result=-1\n';
      const press = context.nextPress().slice(0, 1);
      return `200 result=${argv[3].includes(press) && press ? ascii(press) : 0}\n`;
    }
    case 'SET VARIABLE':
      if (argv.length < 4) return usage('SET VARIABLE <variablename> <value>');
      context.variables[argv[2]] = argv[3];
      return '200 result=1\n';
    case 'GET VARIABLE': {
      if (argv.length !== 3) return usage('GET VARIABLE <variablename>');
      const value = context.variables[argv[2]];
      return value === undefined ? '200 result=0\n' : `200 result=1 (${value})\n`;
    }
    case 'EXEC':
      if (argv.length < 2) return usage('EXEC <application> <options>');
      return context.hangingUp ? '200 result=-1\n' : '200 result=0\n';
    case 'VERBOSE':
      return argv.length < 2 ? usage('VERBOSE <message> <level>') : '200 result=1\n';
    case 'HANGUP':
      return '200 result=1\n';
    default:
      return '510 Invalid or unknown command\n';
  }
}

function streamFile(argv: string[], context: AgiAnswerContext): string {
  if (argv.length < 4 || argv.length > 5)
    return usage('STREAM FILE <filename> <escape_digits> [sample offset]');
  if (!context.fileExists(argv[2])) return '200 result=-1 endpos=0\n';
  if (context.hangingUp) return '200 result=-1 endpos=4000\n';
  const press = context.nextPress().slice(0, 1);
  // A digit stops playback part-way; a prompt played out ends at its length (a few seconds at 8 kHz).
  return press && argv[3].includes(press)
    ? `200 result=${ascii(press)} endpos=8000\n`
    : '200 result=0 endpos=24000\n';
}

function getData(argv: string[], context: AgiAnswerContext): string {
  if (argv.length < 3) return usage('GET DATA <file to be streamed> [timeout] [max digits]');
  if (context.hangingUp || !context.fileExists(argv[2])) return '200 result=-1\n';
  const max = argv.length >= 5 ? Number(argv[4]) : 1024;
  const digits = context.nextPress().slice(0, max);
  // Fewer digits than asked for means Asterisk gave up waiting for the rest.
  return digits.length >= max ? `200 result=${digits}\n` : `200 result=${digits} (timeout)\n`;
}
