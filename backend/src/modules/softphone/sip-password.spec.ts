import { createHmac } from 'node:crypto';
import { deriveSipPassword } from './sip-password';

describe('deriveSipPassword', () => {
  it('is the first 24 characters of base64url(HMAC-SHA256(secret, extension))', () => {
    const full = createHmac('sha256', 'the-secret').update('1001').digest('base64url');
    expect(deriveSipPassword('the-secret', '1001')).toBe(full.slice(0, 24));
    expect(deriveSipPassword('the-secret', '1001')).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('matches a value computed independently, so Asterisk and the browser agree', () => {
    // openssl: printf 1001 | openssl dgst -sha256 -hmac the-secret -binary | basenc --base64url | cut -c1-24
    expect(deriveSipPassword('the-secret', '1001')).toBe('zm2M6UeEkDRRDAkbiLfcFCao');
  });

  it('differs per extension and per secret', () => {
    const base = deriveSipPassword('the-secret', '1001');
    expect(deriveSipPassword('the-secret', '1002')).not.toBe(base);
    expect(deriveSipPassword('another-secret', '1001')).not.toBe(base);
  });
});
