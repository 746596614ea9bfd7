import { MAX_BODY_DEPTH, unsafeBodyField } from './request-guard';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

describe('unsafeBodyField', () => {
  it('accepts ordinary bodies, however wide', () => {
    expect(unsafeBodyField({ name: 'Олена', phones: [{ number: '+380671234567' }], note: null })).toBeNull();
    expect(
      unsafeBodyField(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))),
    ).toBeNull();
    expect(unsafeBodyField(nested(MAX_BODY_DEPTH))).toBeNull();
    expect(unsafeBodyField(undefined)).toBeNull();
  });

  it('names the field that nests too deep', () => {
    expect(unsafeBodyField(nested(MAX_BODY_DEPTH + 1))).toEqual({
      field: Array.from({ length: MAX_BODY_DEPTH }, () => 'a').join('.'),
      code: 'TOO_LARGE',
      reason: `must not nest deeper than ${MAX_BODY_DEPTH} levels`,
    });
  });

  it('names a value or a key holding a NUL character', () => {
    expect(unsafeBodyField({ phones: [{ number: '067\u0000' }] })).toEqual({
      field: 'phones.0.number',
      code: 'INVALID_FORMAT',
      reason: 'must not contain a NUL character',
    });
    expect(unsafeBodyField({ ['bad\u0000key']: 1 })?.field).toBe('bad\u0000key');
  });

  it('walks a body nested far beyond the limit without recursing', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unsafeBodyField(deep)?.reason).toMatch(/deeper/);
  });
});
