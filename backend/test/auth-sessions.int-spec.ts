import { randomBytes } from 'node:crypto';
import { UserSession } from '@switchboard/contracts';
import { AuthHeader, adminHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

describe('sign-in sessions', () => {
  let t: TestApp;
  let admin: AuthHeader;

  /** A new operator and a way to sign them in, each time from a browser of its own. */
  const operator = async () => {
    const login = `op-${randomBytes(3).toString('hex')}`;
    const password = `${login}-long-password`;
    const { body } = await t
      .http()
      .post('/api/users')
      .set(admin)
      .send({ login, password, displayName: login, role: 'operator' })
      .expect(201);
    const signIn = async (browser: string): Promise<AuthHeader> => {
      const response = await t
        .http()
        .post('/api/auth/login')
        .set('user-agent', browser)
        .send({ login, password })
        .expect(200);
      return { authorization: `Bearer ${response.body.accessToken as string}` };
    };
    return { id: body.id as string, password, signIn };
  };
  const me = (auth: AuthHeader) => t.http().get('/api/auth/me').set(auth);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
  });
  afterAll(() => t.close());

  it('lists where the user is signed in, and signing out ends only this session', async () => {
    const { signIn } = await operator();
    const laptop = await signIn('Laptop browser');
    const phone = await signIn('Phone browser');

    const sessions = (await t.http().get('/api/auth/sessions').set(laptop).expect(200)).body as UserSession[];
    expect(sessions.map(({ userAgent, current }) => ({ userAgent, current }))).toEqual([
      { userAgent: 'Phone browser', current: false },
      { userAgent: 'Laptop browser', current: true },
    ]);

    await t.http().post('/api/auth/logout').set(laptop).expect(204);
    expect((await me(laptop)).status).toBe(401);
    await me(phone).expect(200);
  });

  it('ends the other sessions when the password changes, and keeps this one', async () => {
    const { password, signIn } = await operator();
    const here = await signIn('Here');
    const elsewhere = await signIn('Elsewhere');

    await t
      .http()
      .post('/api/auth/me/password')
      .set(here)
      .send({ currentPassword: password, newPassword: 'a-completely-new-password' })
      .expect(204);

    await me(here).expect(200);
    expect((await me(elsewhere)).status).toBe(401);
  });

  it('signs out everywhere, and one session can be ended from another', async () => {
    const { signIn } = await operator();
    const first = await signIn('First');
    const second = await signIn('Second');
    const third = await signIn('Third');
    const sessions = (await t.http().get('/api/auth/sessions').set(first)).body as UserSession[];
    const secondId = sessions.find((session) => session.userAgent === 'Second')?.id;

    await t.http().delete(`/api/auth/sessions/${secondId}`).set(first).expect(204);
    expect((await me(second)).status).toBe(401);
    await t.http().delete(`/api/auth/sessions/${secondId}`).set(first).expect(404);

    await t.http().delete('/api/auth/sessions').set(third).expect(204);
    expect((await me(first)).status).toBe(401);
    expect((await me(third)).status).toBe(401);
  });

  it("lets admins, and only admins, see a user's sessions and sign them out everywhere", async () => {
    const { id, signIn } = await operator();
    const session = await signIn('Office PC');
    await t.http().get(`/api/users/${id}/sessions`).set(session).expect(403);
    await t.http().delete(`/api/users/${id}/sessions`).set(session).expect(403);

    const listed = (await t.http().get(`/api/users/${id}/sessions`).set(admin).expect(200))
      .body as UserSession[];
    expect(listed).toMatchObject([{ userAgent: 'Office PC', current: false }]);
    expect(listed[0].address).toMatch(/^(127\.0\.0\.1|::1)$/);

    await t.http().delete(`/api/users/${id}/sessions`).set(admin).expect(204);
    expect((await me(session)).status).toBe(401);
    expect((await t.http().get(`/api/users/${id}/sessions`).set(admin)).body).toEqual([]);
    await t.http().get('/api/users/not-a-uuid/sessions').set(admin).expect(400);
  });

  it("ends a user's sessions when an admin resets their password", async () => {
    const { id, signIn } = await operator();
    const session = await signIn('Desk');
    await t
      .http()
      .post(`/api/users/${id}/password`)
      .set(admin)
      .send({ password: 'reset-by-the-admin-1' })
      .expect(204);
    expect((await me(session)).status).toBe(401);
    expect((await t.http().get(`/api/users/${id}/sessions`).set(admin)).body).toEqual([]);
  });
});
