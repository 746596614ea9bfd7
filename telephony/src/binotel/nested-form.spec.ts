import { BodyFormatError, MAX_DEPTH, MAX_FIELDS, normalizeBody, parseNestedForm } from './nested-form';

describe('parseNestedForm', () => {
  it('nests PHP-style keys, encoded or not, and turns index keys into arrays', () => {
    expect(
      parseNestedForm(
        'requestType=apiCallCompleted&callDetails%5BgeneralCallID%5D=42' +
          '&callDetails[historyData][0][internalNumber]=901&callDetails%5BhistoryData%5D%5B1%5D%5BinternalNumber%5D=902',
      ),
    ).toEqual({
      requestType: 'apiCallCompleted',
      callDetails: {
        generalCallID: '42',
        historyData: [{ internalNumber: '901' }, { internalNumber: '902' }],
      },
    });
  });

  it('decodes + and percent escapes, keeps empty values and keys without =', () => {
    expect(parseNestedForm('name=%D0%AF%D1%80%D0%BE%D1%81%D0%BB%D0%B0%D0%B2+2&empty=&bare')).toEqual({
      name: 'Ярослав 2',
      empty: '',
      bare: '',
    });
  });

  it('lets a later value of a key win, and appends on []', () => {
    expect(parseNestedForm('a=1&a=2&list[]=x&list%5B%5D=y&list[]=z')).toEqual({
      a: '2',
      list: ['x', 'y', 'z'],
    });
  });

  it('replaces a scalar by a container when the key later gets children, and the reverse', () => {
    expect(parseNestedForm('a=1&a[b]=2&c[d]=3&c=4')).toEqual({ a: { b: '2' }, c: '4' });
  });

  it('orders sparse indices and closes the holes', () => {
    expect(parseNestedForm('h[2]=c&h[0]=a&h[10]=d')).toEqual({ h: ['a', 'c', 'd'] });
  });

  it('keeps containers with mixed keys as objects', () => {
    expect(parseNestedForm('m[0]=a&m[x]=b&m[01]=c')).toEqual({ m: { '0': 'a', x: 'b', '01': 'c' } });
  });

  it('takes weird keys literally and skips empty keys', () => {
    expect(parseNestedForm('a[b=1&[c]=2&d]=3&e[f]g=4&=5&x[][y]=6')).toEqual({
      'a[b': '1',
      '[c]': '2',
      'd]': '3',
      'e[f]g': '4',
      x: [{ y: '6' }],
    });
  });

  it('appends many values in order', () => {
    const body = Array.from({ length: MAX_FIELDS }, (_, index) => `list[]=${index}`).join('&');
    const { list } = parseNestedForm(body);
    expect(list).toHaveLength(MAX_FIELDS);
    expect((list as string[]).slice(-2)).toEqual([String(MAX_FIELDS - 2), String(MAX_FIELDS - 1)]);
  });

  it('refuses a body with too many fields or too deep a key', () => {
    const flood = Array.from({ length: 32_000 }, () => 'a[]=').join('&');
    expect(() => parseNestedForm(flood)).toThrow(BodyFormatError);
    expect(() => parseNestedForm(`${'a'}${'[b]'.repeat(MAX_DEPTH)}=1`)).toThrow(/deeper/);
    expect(parseNestedForm(`a${'[b]'.repeat(MAX_DEPTH - 1)}=1`)).toBeDefined();
  });

  it('drops keys that would reach an object prototype', () => {
    const parsed = parseNestedForm('__proto__[polluted]=1&a[constructor][prototype]=2&ok=3');
    expect(parsed).toEqual({ ok: '3' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts fields a flat parser already split, repeated ones as arrays', () => {
    expect(parseNestedForm({ 'callDetails[billsec]': '35', 'list[]': ['a', 'b'], n: 7 })).toEqual({
      callDetails: { billsec: '35' },
      list: ['a', 'b'],
      n: '7',
    });
  });

  it('survives a malformed escape', () => {
    expect(parseNestedForm('a=%E0%A4%A&b=%')).toEqual({ a: expect.any(String), b: '%' });
  });
});

describe('normalizeBody', () => {
  it('reads JSON text, form text, Buffers, flat fields and nested objects alike', () => {
    const nested = { requestType: 'hangupTheCall', callDetails: { billsec: '3' } };
    expect(normalizeBody(JSON.stringify(nested))).toEqual(nested);
    expect(normalizeBody('requestType=hangupTheCall&callDetails[billsec]=3')).toEqual(nested);
    expect(normalizeBody(Buffer.from('requestType=hangupTheCall&callDetails%5Bbillsec%5D=3'))).toEqual(
      nested,
    );
    expect(normalizeBody({ requestType: 'hangupTheCall', 'callDetails[billsec]': '3' })).toEqual(nested);
    expect(normalizeBody(nested)).toEqual(nested);
  });

  it('keeps JSON numbers, booleans and nulls', () => {
    expect(normalizeBody({ generalCallID: 42, flag: true, none: null, list: [1, 'a'] })).toEqual({
      generalCallID: 42,
      flag: true,
      none: null,
      list: [1, 'a'],
    });
  });

  it('rejects what is not a body', () => {
    expect(() => normalizeBody('{ not json')).toThrow(BodyFormatError);
    expect(() => normalizeBody('[1]')).not.toThrow();
    expect(() => normalizeBody(' {"a": [1]} ')).not.toThrow();
    expect(() => normalizeBody(JSON.parse('[1,2]'))).toThrow(BodyFormatError);
    expect(() => normalizeBody(null)).toThrow('got null');
    expect(() => normalizeBody(12)).toThrow('got number');
    expect(() => normalizeBody({ 'a[b]': { nested: 'object' } })).toThrow(BodyFormatError);
  });
});
