import { createHmac, timingSafeEqual } from 'node:crypto';

export const QUEUE_BOARD_COOKIE = 'sb_queue_board';
/** Long enough to look into a queue; the session behind it is checked again on every request anyway. */
export const QUEUE_BOARD_COOKIE_TTL_SECONDS = 10 * 60;

interface BoardGrant {
  /** The admin's access token: each board request checks that its session is still live and an admin's. */
  token: string;
  /** Unix seconds. */
  exp: number;
}

/**
 * The key that signs board cookies: derived from the JWT secret for this one purpose, so that only a cookie
 * this server made for the board is accepted there.
 */
export function queueBoardKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('switchboard queue-board cookie').digest();
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

export function signQueueBoardCookie(key: Buffer, token: string, nowSeconds: number): string {
  const grant: BoardGrant = { token, exp: nowSeconds + QUEUE_BOARD_COOKIE_TTL_SECONDS };
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/** The access token inside, when the cookie is ours, untouched and unexpired; null otherwise. */
export function verifyQueueBoardCookie(key: Buffer, value: string, nowSeconds: number): string | null {
  const [payload, signature, extra] = value.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<BoardGrant>;
  if (typeof grant.token !== 'string' || typeof grant.exp !== 'number' || grant.exp <= nowSeconds)
    return null;
  return grant.token;
}

/** One cookie's value from a `Cookie` header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}
