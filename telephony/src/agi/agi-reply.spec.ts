import { parseAgiLine, resultNumber } from './agi-reply';

describe('parseAgiLine', () => {
  it('reads a digit pressed during STREAM FILE with its end position', () => {
    expect(parseAgiLine('200 result=49 endpos=8000')).toEqual({
      kind: 'success',
      reply: { result: '49', data: null, attributes: { endpos: '8000' } },
    });
  });

  it('reads GET DATA digits with and without the timeout note, and an empty result', () => {
    expect(parseAgiLine('200 result=123 (timeout)')).toMatchObject({
      reply: { result: '123', data: 'timeout' },
    });
    expect(parseAgiLine('200 result=4')).toMatchObject({ reply: { result: '4', data: null } });
    expect(parseAgiLine('200 result= (timeout)')).toMatchObject({ reply: { result: '', data: 'timeout' } });
  });

  it('keeps parentheses and spaces inside a variable value', () => {
    expect(parseAgiLine('200 result=1 (a (b) c)')).toMatchObject({ reply: { result: '1', data: 'a (b) c' } });
    expect(parseAgiLine('200 result=0 (timeout) endpos=1234')).toMatchObject({
      reply: { data: 'timeout', attributes: { endpos: '1234' } },
    });
  });

  it('reads error statuses, the usage text opening, HANGUP, and refuses the rest', () => {
    expect(parseAgiLine('510 Invalid or unknown command')).toEqual({
      kind: 'error',
      status: 510,
      text: 'Invalid or unknown command',
      final: true,
    });
    expect(parseAgiLine('520-Invalid command syntax.  Proper usage follows:')).toMatchObject({
      status: 520,
      final: false,
    });
    expect(parseAgiLine('HANGUP')).toEqual({ kind: 'hangup' });
    expect(parseAgiLine('hello')).toMatchObject({ kind: 'malformed' });
    expect(parseAgiLine('200 ok')).toMatchObject({ kind: 'malformed' });
  });

  it('gives the result as a number when it is one', () => {
    expect(resultNumber({ result: '-1', data: null, attributes: {} })).toBe(-1);
    expect(resultNumber({ result: '', data: null, attributes: {} })).toBeNull();
  });
});
