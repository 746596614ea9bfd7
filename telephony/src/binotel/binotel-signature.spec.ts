import {
  AddressAllowList,
  BINOTEL_SERVER_ADDRESSES,
  normalizeAddress,
  secretMatches,
  verifyBinotelRequest,
} from './binotel-signature';

describe('secretMatches', () => {
  it('accepts only the exact secret', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true);
    expect(secretMatches('s3cret', 's3creT')).toBe(false);
    expect(secretMatches('s3cret', 's3cret-and-more')).toBe(false);
    expect(secretMatches('s3cret', '')).toBe(false);
  });

  it('refuses a missing or repeated ?secret= and an unset secret', () => {
    expect(secretMatches('s3cret', undefined)).toBe(false);
    expect(secretMatches('s3cret', ['s3cret', 's3cret'])).toBe(false);
    expect(secretMatches('', '')).toBe(false);
  });
});

describe('AddressAllowList', () => {
  const list = new AddressAllowList(['194.88.218.0/24', '185.100.66.145', '2001:db8::/32', '::1']);

  it('matches exact addresses and CIDR ranges of both families', () => {
    expect(list.allows('194.88.218.116')).toBe(true);
    expect(list.allows('194.88.219.67')).toBe(false);
    expect(list.allows('185.100.66.145')).toBe(true);
    expect(list.allows('185.100.66.146')).toBe(false);
    expect(list.allows('2001:db8:1::5')).toBe(true);
    expect(list.allows('2001:db9::5')).toBe(false);
    expect(list.allows('::1')).toBe(true);
  });

  it('treats IPv4-mapped IPv6 as the IPv4 address', () => {
    expect(list.allows('::ffff:194.88.218.7')).toBe(true);
    expect(list.allows('::FFFF:185.100.66.145')).toBe(true);
    expect(list.allows('::ffff:10.0.0.1')).toBe(false);
  });

  it('refuses what is not an address', () => {
    expect(list.allows(undefined)).toBe(false);
    expect(list.allows('')).toBe(false);
    expect(list.allows('binotel.ua')).toBe(false);
  });

  it('rejects bad rules when it is built', () => {
    expect(() => new AddressAllowList(['194.88.218.0/33'])).toThrow('Bad prefix length');
    expect(() => new AddressAllowList(['2001:db8::/129'])).toThrow('Bad prefix length');
    expect(() => new AddressAllowList(['10.0.0.0/x'])).toThrow('Bad prefix length');
    expect(() => new AddressAllowList(['10.0.0.300'])).toThrow('Not an address');
    expect(() => new AddressAllowList(['10.0.0.0/8/8'])).toThrow('Not an address');
  });

  it('covers the documented Binotel servers', () => {
    const binotel = new AddressAllowList(BINOTEL_SERVER_ADDRESSES);
    expect(binotel.allows('::ffff:194.88.218.116')).toBe(true);
    expect(binotel.allows('194.88.218.1')).toBe(false);
  });
});

describe('normalizeAddress', () => {
  it('strips brackets, zone ids and the IPv4 mapping', () => {
    expect(normalizeAddress('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress(' ::ffff:1.2.3.4 ')).toBe('1.2.3.4');
    expect(normalizeAddress('1.2.3')).toBeNull();
  });
});

describe('verifyBinotelRequest', () => {
  const guard = { secret: 's3cret', allowList: new AddressAllowList(['194.88.218.0/24']) };

  it('wants both the secret and an allowed address when both are configured', () => {
    expect(verifyBinotelRequest(guard, { secret: 's3cret', remoteAddress: '::ffff:194.88.218.9' })).toBe(
      'accepted',
    );
    expect(verifyBinotelRequest(guard, { secret: 'nope', remoteAddress: '194.88.218.9' })).toBe('bad-secret');
    expect(verifyBinotelRequest(guard, { secret: 's3cret', remoteAddress: '8.8.8.8' })).toBe(
      'address-not-allowed',
    );
  });

  it('skips a check that is not configured', () => {
    expect(verifyBinotelRequest({}, { secret: undefined, remoteAddress: undefined })).toBe('accepted');
    expect(verifyBinotelRequest({ secret: 's3cret' }, { secret: 's3cret', remoteAddress: '8.8.8.8' })).toBe(
      'accepted',
    );
  });
});
