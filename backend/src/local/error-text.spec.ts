import { messageOf } from './error-text';

describe('messageOf', () => {
  it('gives the message of an error that has one', () => {
    expect(messageOf(new Error('boom'))).toBe('boom');
  });

  it('names an error whose message is empty instead of printing nothing', () => {
    expect(messageOf(new Error(''))).toBe('Error without a message');
    expect(messageOf(new TypeError())).toBe('TypeError without a message');
  });

  it('uses the code of a messageless system error', () => {
    const refused = Object.assign(new Error(''), { code: 'ECONNREFUSED' });

    expect(messageOf(refused)).toBe('Error ECONNREFUSED');
  });

  it('quotes the parts of a messageless AggregateError (how pg reports a refused connection)', () => {
    const error = new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:54330'), new Error('')]);

    expect(messageOf(error)).toBe('connect ECONNREFUSED 127.0.0.1:54330; Error without a message');
  });

  it('keeps a thrown string and never returns an empty text', () => {
    expect(messageOf('gone')).toBe('gone');
    expect(messageOf('')).toBe('an error without a message');
    expect(messageOf(undefined)).toBe('an error without a message');
  });
});
