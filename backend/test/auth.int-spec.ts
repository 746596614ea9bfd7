import { request } from 'node:http';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

/** A sign-in from another address of this machine's loopback network. */
function loginFrom(
  url: string,
  localAddress: string,
  body: object,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${url}/api/auth/login`,
      { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    call.on('error', reject);
    call.end(JSON.stringify(body));
  });
}

describe('auth', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('creates the first admin from ADMIN_LOGIN/ADMIN_PASSWORD and logs in with it', async () => {
    const { accessToken, user } = await t.login(ADMIN.login, ADMIN.password);
    expect(accessToken).toEqual(expect.any(String));
    expect(user).toMatchObject({ login: 'admin', role: 'admin', active: true });
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('answers 401 without saying whether the login or the password was wrong', async () => {
    const wrongPassword = await t
      .http()
      .post('/api/auth/login')
      .send({ login: 'admin', password: 'nope-nope' });
    const unknownLogin = await t
      .http()
      .post('/api/auth/login')
      .send({ login: 'ghost', password: 'nope-nope' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownLogin.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownLogin.body);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks a login after repeated failures, even for the right password', async () => {
    await t.http().post('/api/users').expect(401);
    const admin = await t.login(ADMIN.login, ADMIN.password);
    await t
      .http()
      .post('/api/users')
      .set('authorization', `Bearer ${admin.accessToken}`)
      .send({ login: 'victim', password: 'right-password', displayName: 'Victim', role: 'operator' })
      .expect(201);
    for (let attempt = 0; attempt < 3; attempt++) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ login: 'victim', password: 'wrong-password' })
        .expect(401);
    }
    const locked = await t
      .http()
      .post('/api/auth/login')
      .send({ login: 'victim', password: 'right-password' });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.body.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('counts parallel guesses before checking them, so no more than the limit get through', async () => {
    const admin = await t.login(ADMIN.login, ADMIN.password);
    await t
      .http()
      .post('/api/users')
      .set('authorization', `Bearer ${admin.accessToken}`)
      .send({ login: 'target', password: 'target-password', displayName: 'Target', role: 'operator' })
      .expect(201);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        loginFrom(t.url, '127.0.0.3', { login: 'target', password: `guess-number-${index}` }),
      ),
    );
    const statuses = guesses.map((guess) => guess.status).sort();
    expect(statuses).toEqual([...Array(3).fill(401), ...Array(9).fill(429)]);
  });

  it('locks a login only for the address that failed; elsewhere it only waits out a short delay', async () => {
    const admin = await t.login(ADMIN.login, ADMIN.password);
    await t
      .http()
      .post('/api/users')
      .set('authorization', `Bearer ${admin.accessToken}`)
      .send({ login: 'roamer', password: 'roamer-password', displayName: 'Roamer', role: 'operator' })
      .expect(201);
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await loginFrom(t.url, '127.0.0.4', { login: 'roamer', password: 'not-the-password' });
      expect(wrong.status).toBe(401);
    }
    // Three failures against a limit of three: the login's next attempt waits 2^0 s, whoever makes it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const right = { login: 'roamer', password: 'roamer-password' };
    const locked = await loginFrom(t.url, '127.0.0.4', right);
    expect(locked.status).toBe(429);
    expect(JSON.parse(locked.body).details.retryAfterSeconds).toBeGreaterThan(60);
    expect((await loginFrom(t.url, '127.0.0.5', right)).status).toBe(200);
  });

  it('requires a bearer token on every route but login, and rejects a forged one', async () => {
    await t.http().get('/api/auth/me').expect(401);
    await t.http().get('/api/health').expect(401);
    const forged = await t.http().get('/api/auth/me').set('authorization', 'Bearer abc.def.ghi');
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the language a user chooses and lets them change their own password', async () => {
    const { accessToken } = await t.login(ADMIN.login, ADMIN.password);
    const auth = { authorization: `Bearer ${accessToken}` };
    const updated = await t.http().patch('/api/auth/me').set(auth).send({ language: 'uk' }).expect(200);
    expect(updated.body.language).toBe('uk');
    expect((await t.http().get('/api/auth/me').set(auth)).body.language).toBe('uk');

    const wrong = await t
      .http()
      .post('/api/auth/me/password')
      .set(auth)
      .send({ currentPassword: 'not-it-at-all', newPassword: 'brand-new-pass' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toMatchObject([{ field: 'currentPassword', reason: 'is wrong' }]);

    await t
      .http()
      .post('/api/auth/me/password')
      .set(auth)
      .send({ currentPassword: ADMIN.password, newPassword: 'brand-new-pass' })
      .expect(204);
    await t.login(ADMIN.login, 'brand-new-pass');
    await t.http().post('/api/auth/login').send({ login: 'admin', password: ADMIN.password }).expect(401);
  });
});

describe('the first admin of an installation in another language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_LANGUAGE: 'uk' });
  });
  afterAll(() => t.close());

  it('is named and speaks in the installation language', async () => {
    const { user } = await t.login(ADMIN.login, ADMIN.password);
    expect(user).toMatchObject({ displayName: 'Адміністратор', language: 'uk', role: 'admin' });
  });
});
