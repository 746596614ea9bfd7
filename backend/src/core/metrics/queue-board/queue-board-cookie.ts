import { grantKey, signGrant, verifyGrant } from '../../auth/signed-grants';

export const QUEUE_BOARD_COOKIE = 'sb_queue_board';
/** Long enough to look into a queue; the session behind it is checked again on every request anyway. */
export const QUEUE_BOARD_COOKIE_TTL_SECONDS = 10 * 60;

interface BoardGrant {
  /** The admin's access token: each board request checks that its session is still live and an admin's. */
  token: string;
}

/** The key that signs board cookies: only a cookie this server made for the board is accepted there. */
export function queueBoardKey(jwtSecret: string): Buffer {
  return grantKey(jwtSecret, 'queue-board cookie');
}

export function signQueueBoardCookie(key: Buffer, token: string, nowSeconds: number): string {
  return signGrant<BoardGrant>(key, { token, exp: nowSeconds + QUEUE_BOARD_COOKIE_TTL_SECONDS });
}

/** The access token inside, when the cookie is ours, untouched and unexpired; null otherwise. */
export function verifyQueueBoardCookie(key: Buffer, value: string, nowSeconds: number): string | null {
  const token = verifyGrant<BoardGrant>(key, value, nowSeconds)?.token;
  return typeof token === 'string' ? token : null;
}

/** One cookie's value from a `Cookie` header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}
