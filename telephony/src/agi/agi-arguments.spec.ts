import { quoteAgiArgument, splitAgiArguments } from './agi-arguments';

describe('AGI arguments', () => {
  it('quotes values so Asterisk reads each as one argument, empty and odd ones included', () => {
    const values = [
      '',
      'debt',
      'two words',
      'say "hi"',
      'back\\slash',
      '/var/lib/asterisk/sounds/switchboard/a1',
    ];
    const line = `SET VARIABLE ${values.map(quoteAgiArgument).join(' ')}`;
    expect(splitAgiArguments(line)).toEqual(['SET', 'VARIABLE', ...values]);
  });

  it('refuses a line break, which would start another command', () => {
    expect(() => quoteAgiArgument('debt\nHANGUP')).toThrow(TypeError);
  });

  it('splits unquoted words on spaces and tabs as Asterisk does', () => {
    expect(splitAgiArguments('STREAM FILE  beep\t""')).toEqual(['STREAM', 'FILE', 'beep', '']);
    expect(splitAgiArguments('VERBOSE a\\ b 1')).toEqual(['VERBOSE', 'a b', '1']);
  });
});
