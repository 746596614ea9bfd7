import { Client } from '@switchboard/contracts';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

describe('clients: duplicate check and merge', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let kept: Client;
  let duplicate: Client;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    kept = (
      await t
        .http()
        .post('/api/clients')
        .set(admin)
        .send({
          kind: 'person',
          lastName: 'Бойко',
          firstName: 'Ірина',
          phones: [{ number: '0671112233' }],
          tags: ['a'],
        })
    ).body;
    duplicate = (
      await t
        .http()
        .post('/api/clients')
        .set(admin)
        .send({
          kind: 'person',
          lastName: 'Бойко',
          firstName: 'Ира',
          birthDate: '1990-05-01',
          phones: [{ number: '+380 67 111 22 33' }, { number: '0931234567' }],
          emails: [{ email: 'ira@example.com' }],
          tags: ['b'],
          doNotCall: true,
        })
    ).body;
    await t
      .http()
      .post(`/api/clients/${duplicate.id}/history`)
      .set(admin)
      .send({ kind: 'note', text: 'from the duplicate' });
  });
  afterAll(() => t.close());

  it('finds clients sharing a phone in any format, an email or a tax id, and says which', async () => {
    const response = await t
      .http()
      .post('/api/clients/duplicates')
      .set(admin)
      .send({ phones: ['+380931234567'], emails: ['IRA@example.com'] });
    expect(response.status).toBe(200);
    expect(response.body.duplicates).toEqual([
      { client: expect.objectContaining({ id: duplicate.id }), matchedOn: ['phone', 'email'] },
    ]);
    const editing = await t
      .http()
      .post('/api/clients/duplicates')
      .set(admin)
      .send({ phones: ['067 111 22 33'], excludeId: kept.id });
    expect(editing.body.duplicates.map((match: { client: Client }) => match.client.id)).toEqual([
      duplicate.id,
    ]);
    const none = await t
      .http()
      .post('/api/clients/duplicates')
      .set(admin)
      .send({ phones: ['0500000000'] });
    expect(none.body.duplicates).toEqual([]);
  });

  it('is refused to operators, and for a client merged into itself', async () => {
    const operator = await userHeader(t, 'operator');
    await t
      .http()
      .post(`/api/clients/${kept.id}/merge`)
      .set(operator)
      .send({ sourceId: duplicate.id })
      .expect(403);
    const itself = await t
      .http()
      .post(`/api/clients/${kept.id}/merge`)
      .set(admin)
      .send({ sourceId: kept.id });
    expect(itself.status).toBe(400);
    expect(itself.body.code).toBe('MERGE_WITH_ITSELF');
  });

  it('moves phones, emails, tags, history and orders to the kept client and bins the duplicate', async () => {
    const response = await t
      .http()
      .post(`/api/clients/${kept.id}/merge`)
      .set(admin)
      .send({ sourceId: duplicate.id });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: kept.id,
      firstName: 'Ірина',
      birthDate: '1990-05-01',
      phones: [{ e164: '+380671112233' }, { e164: '+380931234567' }],
      emails: [{ email: 'ira@example.com' }],
      tags: ['a', 'b'],
      doNotCall: true,
    });
    const byPhone = await t.http().get('/api/clients/by-phone/0931234567').set(admin).expect(200);
    expect(byPhone.body.id).toBe(kept.id);
    const source = await t.http().get(`/api/clients/${duplicate.id}`).set(admin).expect(200);
    expect(source.body.deletedAt).not.toBeNull();
    const history = await t.http().get(`/api/clients/${kept.id}/history`).set(admin).expect(200);
    const entries = history.body.items as { kind: string; text: string | null; data: object }[];
    expect(entries[0]).toMatchObject({
      kind: 'merged',
      data: { sourceId: duplicate.id, sourceName: 'Бойко Ира' },
    });
    expect(entries.map((entry) => entry.text)).toContain('from the duplicate');
    await t
      .http()
      .post(`/api/clients/${kept.id}/merge`)
      .set(admin)
      .send({ sourceId: duplicate.id })
      .expect(404);
  });
});
