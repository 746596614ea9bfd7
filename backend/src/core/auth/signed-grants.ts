import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a grant carries: its own fields and when it expires (Unix seconds). */
export type Grant<T> = T & { exp: number };

/**
 * A key for one purpose, derived from the JWT secret: a grant signed for one use (the queue board's cookie, a
 * recording's link) is refused by every other.
 */
export function grantKey(jwtSecret: string, purpose: string): Buffer {
  return createHmac('sha256', jwtSecret).update(`switchboard ${purpose}`).digest();
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** `<payload>.<signature>`, both base64url, safe in a cookie and in a URL path. */
export function signGrant<T>(key: Buffer, grant: Grant<T>): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/** The grant's fields when it is ours, untouched and unexpired; null otherwise. */
export function verifyGrant<T>(key: Buffer, value: string, nowSeconds: number): Grant<Partial<T>> | null {
  const [payload, signature, extra] = value.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Grant<T>>;
  return typeof grant.exp === 'number' && grant.exp > nowSeconds ? (grant as Grant<Partial<T>>) : null;
}
