import { Client } from '@switchboard/contracts';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

describe('clients: create and find by phone', () => {
  let t: TestApp;
  let olena: Client;
  let auth: { authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    auth = { authorization: `Bearer ${(await t.login(ADMIN.login, ADMIN.password)).accessToken}` };
  });
  afterAll(() => t.close());

  it('stores a person with the documented request and normalizes each phone to E.164', async () => {
    const response = await t
      .http()
      .post('/api/clients')
      .set(auth)
      .send({ kind: 'person', firstName: 'Olena', lastName: 'Koval', phones: [{ number: '067 123 45 67' }] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      displayName: 'Koval Olena',
      phones: [{ number: '067 123 45 67', e164: '+380671234567' }],
    });
    olena = response.body;
  });

  it('stores a company with its tax id', async () => {
    const response = await t
      .http()
      .post('/api/clients')
      .set(auth)
      .send({
        kind: 'company',
        legalName: 'ТОВ Ромашка',
        taxId: '12345678',
        phones: [{ number: '+380 44 123 4567' }],
      });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'company',
      taxId: '12345678',
      phones: [{ e164: '+380441234567' }],
    });
  });

  it.each(['+380671234567', '380671234567', '0671234567', '(067) 123-45-67'])(
    'finds the client calling from %s',
    async (number) => {
      const response = await t
        .http()
        .get(`/api/clients/by-phone/${encodeURIComponent(number)}`)
        .set(auth);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(olena);
    },
  );

  it('answers 404 for a number nobody has and 400 for something that is no number', async () => {
    const unknown = await t.http().get('/api/clients/by-phone/%2B380501112233').set(auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CLIENT_NOT_FOUND');
    const bad = await t.http().get('/api/clients/by-phone/12').set(auth);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toMatchObject([{ field: 'number', reason: 'is not a valid phone number' }]);
  });

  it('names the bad field and stores nothing when a phone, tax id or name is wrong', async () => {
    const badPhone = await t
      .http()
      .post('/api/clients')
      .set(auth)
      .send({
        kind: 'person',
        firstName: 'Ivan',
        phones: [{ number: '+380501112233' }, { number: 'call me' }],
      });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.details).toMatchObject([
      { field: 'phones.1.number', reason: 'is not a valid phone number' },
    ]);
    await t.http().get('/api/clients/by-phone/%2B380501112233').set(auth).expect(404);

    const badCompany = await t.http().post('/api/clients').set(auth).send({ kind: 'company', taxId: '12ab' });
    expect(badCompany.status).toBe(400);
    const fields = (badCompany.body.details as { field: string }[]).map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['legalName', 'taxId']));

    const nameless = await t.http().post('/api/clients').set(auth).send({ kind: 'person' });
    expect(nameless.status).toBe(400);
    expect(nameless.body.details).toContainEqual(
      expect.objectContaining({ field: 'lastName', reason: 'a person needs a first or last name' }),
    );
  });

  it('needs a signed-in user', async () => {
    await t.http().get('/api/clients/by-phone/%2B380671234567').expect(401);
  });
});
