import { User } from '@switchboard/contracts';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

describe('users', () => {
  let t: TestApp;
  let asAdmin: { authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    asAdmin = { authorization: `Bearer ${(await t.login(ADMIN.login, ADMIN.password)).accessToken}` };
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http().post('/api/users').set(asAdmin).send(body);

  it('creates a user with the documented request and answers 201 with its id', async () => {
    const response = await create({
      login: 'Olena',
      password: 'olena-pass-1',
      displayName: 'Olena K.',
      role: 'operator',
      extension: '1001',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      login: 'olena',
      extension: '1001',
      active: true,
    });
    await t.login('OLENA', 'olena-pass-1');
  });

  it('names each bad field and the reason, and stores nothing', async () => {
    const response = await create({
      login: 'x',
      password: 'short',
      displayName: '',
      role: 'boss',
      extension: '12a',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field);
    expect(new Set(fields)).toEqual(new Set(['login', 'password', 'displayName', 'role', 'extension']));
    expect(response.body.details).toContainEqual(
      expect.objectContaining({ field: 'role', code: 'NOT_ALLOWED', constraint: 'isIn' }),
    );
    expect(response.body.details).toContainEqual(
      expect.objectContaining({ field: 'displayName', code: 'TOO_SHORT', constraint: 'isLength' }),
    );
    const long = await create({
      login: 'long',
      password: 'long-password-1',
      displayName: 'x'.repeat(129),
      role: 'operator',
    });
    expect(long.body.details).toEqual([
      expect.objectContaining({ field: 'displayName', code: 'TOO_LONG', constraint: 'isLength' }),
    ]);
    const list = await t.http().get('/api/users?q=x').set(asAdmin).expect(200);
    expect(list.body.items.map((user: User) => user.login)).not.toContain('x');
  });

  it('refuses unknown fields and malformed JSON with 400', async () => {
    const extra = await create({
      login: 'extra',
      password: 'extra-pass-1',
      displayName: 'E',
      role: 'operator',
      isRoot: true,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.details).toEqual([
      {
        field: 'isRoot',
        reason: 'property isRoot should not exist',
        code: 'UNKNOWN_FIELD',
        constraint: 'whitelistValidation',
      },
    ]);
    const malformed = await t
      .http()
      .post('/api/users')
      .set(asAdmin)
      .set('content-type', 'application/json')
      .send('{bad');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers 409 on a taken login or extension', async () => {
    const sameLogin = await create({
      login: 'olena',
      password: 'another-pass',
      displayName: 'O',
      role: 'operator',
    });
    expect(sameLogin.status).toBe(409);
    expect(sameLogin.body.code).toBe('LOGIN_TAKEN');
    expect(sameLogin.body.details).toEqual([{ field: 'login', code: 'TAKEN', reason: 'is already taken' }]);
    const sameExtension = await create({
      login: 'petro',
      password: 'petro-pass-1',
      displayName: 'Petro',
      role: 'operator',
      extension: '1001',
    });
    expect(sameExtension.status).toBe(409);
    expect(sameExtension.body.details).toMatchObject([
      { field: 'extension', reason: 'already belongs to another user' },
    ]);
  });

  it('lists with search, role filter and paging', async () => {
    for (const n of [1, 2, 3]) {
      await create({
        login: `super${n}`,
        password: 'super-pass-1',
        displayName: `Supervisor ${n}`,
        role: 'supervisor',
      });
    }
    const page = await t.http().get('/api/users?role=supervisor&pageSize=2&page=2').set(asAdmin).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items.map((user: User) => user.login)).toEqual(['super3']);
    const search = await t.http().get('/api/users?q=Supervisor%202').set(asAdmin).expect(200);
    expect(search.body.items.map((user: User) => user.login)).toEqual(['super2']);
    await t.http().get('/api/users?pageSize=1000').set(asAdmin).expect(400);
  });

  it('edits, clears the extension, resets the password and deactivates', async () => {
    const { body: user } = await create({
      login: 'ivan',
      password: 'ivan-pass-11',
      displayName: 'Ivan',
      role: 'operator',
      extension: '1005',
    });
    const old = await t.login('ivan', 'ivan-pass-11');
    const edited = await t
      .http()
      .patch(`/api/users/${user.id}`)
      .set(asAdmin)
      .send({ displayName: 'Ivan P.', role: 'supervisor', extension: null })
      .expect(200);
    expect(edited.body).toMatchObject({ displayName: 'Ivan P.', role: 'supervisor', extension: null });

    await t
      .http()
      .post(`/api/users/${user.id}/password`)
      .set(asAdmin)
      .send({ password: 'ivan-pass-22' })
      .expect(204);
    for (const [password, reason] of [
      ['ivan-pass-3', 'must be at least 12 characters'],
      ['qwerty123456', 'is one of the most common passwords; choose another'],
      ['PASSWORD1234', 'is one of the most common passwords; choose another'],
    ]) {
      const refused = await t.http().post(`/api/users/${user.id}/password`).set(asAdmin).send({ password });
      expect(refused.status).toBe(400);
      expect(refused.body.details).toMatchObject([{ field: 'password', reason }]);
    }
    await t.http().get('/api/auth/me').set('authorization', `Bearer ${old.accessToken}`).expect(401);
    const fresh = await t.login('ivan', 'ivan-pass-22');

    await t.http().patch(`/api/users/${user.id}`).set(asAdmin).send({ active: false }).expect(200);
    await t.http().get('/api/auth/me').set('authorization', `Bearer ${fresh.accessToken}`).expect(401);
    await t.http().post('/api/auth/login').send({ login: 'ivan', password: 'ivan-pass-22' }).expect(401);
  });

  it('keeps an admin from locking themselves out', async () => {
    const { body: me } = await t.http().get('/api/auth/me').set(asAdmin).expect(200);
    for (const change of [{ active: false }, { role: 'operator' }]) {
      const response = await t.http().patch(`/api/users/${me.id}`).set(asAdmin).send(change);
      expect(response.status).toBe(403);
    }
    expect((await t.http().get(`/api/users/${me.id}`).set(asAdmin)).body).toMatchObject({
      active: true,
      role: 'admin',
    });
  });

  it('lets only admins manage users', async () => {
    await create({ login: 'plain', password: 'plain-pass-1', displayName: 'Plain', role: 'operator' });
    const operator = await t.login('plain', 'plain-pass-1');
    const response = await t.http().get('/api/users').set('authorization', `Bearer ${operator.accessToken}`);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const bad = await t.http().get('/api/users/not-a-uuid').set(asAdmin);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toMatchObject([{ field: 'id', reason: 'must be a UUID' }]);
    const missing = await t.http().get('/api/users/00000000-0000-4000-8000-000000000000').set(asAdmin);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
  });
});
