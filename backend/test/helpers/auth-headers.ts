import { randomBytes } from 'node:crypto';
import { UserRole } from '@switchboard/contracts';
import { ADMIN, TestApp } from './test-app';

export type AuthHeader = { authorization: string };

export async function adminHeader(t: TestApp): Promise<AuthHeader> {
  return { authorization: `Bearer ${(await t.login(ADMIN.login, ADMIN.password)).accessToken}` };
}

/** A new user of `role`, signed in; returns the header and the user's id. */
export async function userHeader(t: TestApp, role: UserRole): Promise<AuthHeader & { id: string }> {
  const login = `${role}-${randomBytes(3).toString('hex')}`;
  const password = `${login}-password`;
  const created = await t
    .http()
    .post('/api/users')
    .set(await adminHeader(t))
    .send({ login, password, displayName: `${role} ${login}`, role })
    .expect(201);
  const { accessToken } = await t.login(login, password);
  return { authorization: `Bearer ${accessToken}`, id: created.body.id as string };
}
