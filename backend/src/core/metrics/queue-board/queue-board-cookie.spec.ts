import {
  QUEUE_BOARD_COOKIE_TTL_SECONDS,
  cookieValue,
  queueBoardKey,
  signQueueBoardCookie,
  verifyQueueBoardCookie,
} from './queue-board-cookie';

const key = queueBoardKey('j'.repeat(32));
const NOW = 1_800_000_000;

describe('queue board cookie', () => {
  it("gives back the admin's access token while the cookie is fresh", () => {
    const cookie = signQueueBoardCookie(key, 'header.claims.signature', NOW);
    expect(verifyQueueBoardCookie(key, cookie, NOW + QUEUE_BOARD_COOKIE_TTL_SECONDS - 1)).toBe(
      'header.claims.signature',
    );
  });

  it('refuses an expired, altered or foreign cookie', () => {
    const cookie = signQueueBoardCookie(key, 'admin-token', NOW);
    expect(verifyQueueBoardCookie(key, cookie, NOW + QUEUE_BOARD_COOKIE_TTL_SECONDS)).toBeNull();
    const [, signature] = cookie.split('.');
    const forged = Buffer.from(JSON.stringify({ token: 'other-token', exp: NOW + 60 })).toString('base64url');
    expect(verifyQueueBoardCookie(key, `${forged}.${signature}`, NOW)).toBeNull();
    expect(verifyQueueBoardCookie(queueBoardKey('k'.repeat(32)), cookie, NOW)).toBeNull();
    expect(verifyQueueBoardCookie(key, `${cookie}.more`, NOW)).toBeNull();
    expect(verifyQueueBoardCookie(key, 'garbage', NOW)).toBeNull();
  });

  it('is signed with a key of its own, not the JWT secret itself', () => {
    expect(queueBoardKey('j'.repeat(32)).equals(Buffer.from('j'.repeat(32)))).toBe(false);
  });
});

describe('cookieValue', () => {
  it('finds one cookie among several', () => {
    expect(cookieValue('a=1; sb_queue_board=x.y; b=2', 'sb_queue_board')).toBe('x.y');
    expect(cookieValue('a=1', 'sb_queue_board')).toBeUndefined();
    expect(cookieValue(undefined, 'sb_queue_board')).toBeUndefined();
  });
});
