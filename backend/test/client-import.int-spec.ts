import {
  AGENT_NAMESPACE,
  ClientImportStatus,
  ClientToServerEvents,
  ServerToClientEvents,
} from '@switchboard/contracts';
import ExcelJS from 'exceljs';
import { Response } from 'superagent';
import { io, Socket } from 'socket.io-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('clients: import from CSV and XLSX, export', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let supervisor: AuthHeader & { id: string };
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  const progress: ClientImportStatus[] = [];

  beforeAll(async () => {
    t = await startTestApp({ CLIENT_IMPORT_MAX_BYTES: '100000' }, { worker: true });
    admin = await adminHeader(t);
    supervisor = await userHeader(t, 'supervisor');
    await t
      .http()
      .post('/api/client-fields')
      .set(admin)
      .send({ key: 'loyalty', label: 'Лояльність', type: 'select', options: ['bronze', 'gold'] });
    socket = io(`${t.url}${AGENT_NAMESPACE}`, {
      auth: { token: supervisor.authorization.slice('Bearer '.length) },
      transports: ['websocket'],
      reconnection: false,
    });
    socket.on('clients.importProgressed', (status) => progress.push(status));
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  });
  afterAll(async () => {
    socket.disconnect();
    await t.close();
  });

  const upload = (file: Buffer, name: string, as: AuthHeader = supervisor) =>
    t.http().post('/api/client-imports').set(as).attach('file', file, { filename: name });
  const finished = async (id: string): Promise<ClientImportStatus> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const status = (await t.http().get(`/api/client-imports/${id}`).set(supervisor))
        .body as ClientImportStatus;
      if (status.state === 'completed' || status.state === 'failed') return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  };

  it('previews a semicolon CSV with a BOM and guesses the mapping, then imports the good rows', async () => {
    const csv =
      '\uFEFFПІБ;Телефон;Пошта;Лояльність\n' +
      'Коваленко Олена;067 123 45 67;olena@example.com;gold\n' +
      'Бойко Ірина;not a phone;;bronze\n' +
      'Шевченко Тарас;+380 50 765 43 21;taras@example;silver\n' +
      'Petrosyan Armen;+374 10 123456;;\n';
    const preview = await upload(Buffer.from(csv), 'клієнти.csv');
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({
      fileName: 'клієнти.csv',
      columns: ['ПІБ', 'Телефон', 'Пошта', 'Лояльність'],
      totalRows: 4,
      suggestedMapping: { ПІБ: 'fullName', Телефон: 'phone', Пошта: 'email', Лояльність: 'custom:loyalty' },
    });
    expect(preview.body.sampleRows[0]).toEqual([
      'Коваленко Олена',
      '067 123 45 67',
      'olena@example.com',
      'gold',
    ]);

    const start = await t
      .http()
      .post(`/api/client-imports/${preview.body.importId}/start`)
      .set(supervisor)
      .send({ mapping: preview.body.suggestedMapping });
    expect(start.status).toBe(202);
    const again = await t
      .http()
      .post(`/api/client-imports/${preview.body.importId}/start`)
      .set(supervisor)
      .send({ mapping: preview.body.suggestedMapping });
    expect(again.status).toBe(409);

    const status = await finished(preview.body.importId);
    expect(status).toMatchObject({ state: 'completed', processedRows: 4, createdCount: 2 });
    expect(status.errors).toEqual([
      { row: 3, field: 'phone', code: 'INVALID_FORMAT', reason: 'is not a valid phone number' },
      { row: 4, field: 'email', code: 'INVALID_FORMAT', reason: 'must be an email address' },
      { row: 4, field: 'custom:loyalty', code: 'NOT_ALLOWED', reason: 'must be one of bronze, gold' },
    ]);
    const found = await t
      .http()
      .get(`/api/clients?q=${encodeURIComponent('+380671234567')}`)
      .set(supervisor);
    expect(found.body.items).toEqual([
      expect.objectContaining({ displayName: 'Коваленко Олена', customFields: { loyalty: 'gold' } }),
    ]);
    expect((await t.http().get('/api/clients?q=4567').set(supervisor)).body.total).toBe(1);

    const rejected = await t
      .http()
      .get(status.rejectedRowsUrl ?? '')
      .set(supervisor)
      .buffer(true)
      .parse(binary);
    expect(rejected.status).toBe(200);
    const text = (rejected.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFПІБ,Телефон,Пошта,Лояльність,error')).toBe(true);
    expect(text).toContain('Бойко Ірина,not a phone,,bronze,phone: is not a valid phone number');
    expect(text).toContain(
      'Шевченко Тарас,+380 50 765 43 21,taras@example,silver,' +
        '"email: must be an email address; custom:loyalty: must be one of bronze, gold"',
    );
    expect(progress.at(-1)).toMatchObject({
      importId: preview.body.importId,
      state: 'completed',
      createdCount: 2,
    });
  });

  it('imports an XLSX built by a spreadsheet program', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Clients');
    sheet.addRow(['Name', 'Company', 'ЄДРПОУ', 'Phone', 'Birthday']);
    sheet.addRow([null, 'ТОВ Ромашка', '12345678', '044 555 66 77', null]);
    sheet.addRow(['Ivanov Ivan', null, null, '0661112233', new Date(Date.UTC(1990, 2, 7))]);
    const preview = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'clients.xlsx');
    expect(preview.body.suggestedMapping).toEqual({
      Name: 'fullName',
      Company: 'legalName',
      ЄДРПОУ: 'taxId',
      Phone: 'phone',
      Birthday: 'birthDate',
    });
    const mapping = preview.body.suggestedMapping;
    await t
      .http()
      .post(`/api/client-imports/${preview.body.importId}/start`)
      .set(supervisor)
      .send({ mapping })
      .expect(202);
    expect(await finished(preview.body.importId)).toMatchObject({ createdCount: 2, errors: [] });
    const ivan = await t.http().get('/api/clients/by-phone/0661112233').set(supervisor).expect(200);
    expect(ivan.body).toMatchObject({
      lastName: 'Ivanov',
      firstName: 'Ivan',
      birthDate: '1990-03-07',
      source: 'import',
    });
  });

  it('refuses unreadable files, bad mappings and operators', async () => {
    const bad = await upload(Buffer.from('not a spreadsheet'), 'data.xlsx');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'FILE_UNREADABLE', details: [{ field: 'file' }] });
    const pdf = await upload(Buffer.from('%PDF'), 'scan.pdf');
    expect(pdf.body.details).toMatchObject([{ field: 'file', reason: 'must be a .csv or .xlsx file' }]);
    const tooBig = await upload(Buffer.alloc(200_000, 'a'), 'big.csv');
    expect(tooBig.status).toBe(413);
    const operator = await userHeader(t, 'operator');
    expect((await upload(Buffer.from('Name\nA\n'), 'a.csv', operator)).status).toBe(403);

    const preview = await upload(Buffer.from('Name,Phone\nA,1\n'), 'a.csv');
    const wrong = await t
      .http()
      .post(`/api/client-imports/${preview.body.importId}/start`)
      .set(supervisor)
      .send({ mapping: { Name: 'fullName', Phone: 'fax' } });
    expect(wrong.body.details).toMatchObject([
      { field: 'mapping.Phone', reason: '"fax" is not a client field' },
    ]);
    await t
      .http()
      .get(`/api/client-imports/${preview.body.importId}`)
      .set(await userHeader(t, 'supervisor'))
      .expect(404);
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    await t
      .http()
      .get('/api/clients/export')
      .set(await userHeader(t, 'operator'))
      .expect(403);
    const csv = await t
      .http()
      .get('/api/clients/export?format=csv&kind=person&sort=displayName')
      .set(supervisor)
      .buffer(true)
      .parse(binary);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = (csv.body as Buffer).toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      '\uFEFFName,Kind,Phones,Emails,Tax id,Category,Tags,Status,Manager,Birth date,Last contact,Created,Лояльність',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'Ivanov Ivan',
      'Petrosyan Armen',
      'Коваленко Олена',
    ]);

    const xlsx = await t
      .http()
      .get('/api/clients/export?format=xlsx&q=Ромашка')
      .set(supervisor)
      .buffer(true)
      .parse(binary);
    expect(xlsx.headers['content-disposition']).toMatch(/clients-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(1, 6)).toEqual(['ТОВ Ромашка', 'company', '044 555 66 77', undefined, '12345678']);

    const refused = await t
      .http()
      .get(`/api/clients/export?customFields=${encodeURIComponent('[{"key":"shoe","op":"eq","value":1}]')}`)
      .set(supervisor)
      .expect(400);
    expect(refused.headers['content-type']).toContain('application/json');
    expect(refused.body.details).toMatchObject([expect.objectContaining({ field: 'customFields.0' })]);
  });

  it('writes cells a spreadsheet would run as formulas as text, in the export and the rejected rows', async () => {
    const formula = '=HYPERLINK("http://evil.example","open")';
    await t
      .http()
      .post('/api/clients')
      .set(supervisor)
      .send({ kind: 'company', legalName: formula, phones: [{ number: '+380 44 111 22 33' }] })
      .expect(201);
    const csv = await t
      .http()
      .get(`/api/clients/export?format=csv&q=${encodeURIComponent('evil.example')}`)
      .set(supervisor)
      .buffer(true)
      .parse(binary);
    const exported = (csv.body as Buffer).toString('utf8');
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    expect(exported).toContain(',+380 44 111 22 33,');

    const preview = await upload(Buffer.from(`Name,Phone\n@SUM(1+1),not a phone\n`), 'formulas.csv');
    await t
      .http()
      .post(`/api/client-imports/${preview.body.importId}/start`)
      .set(supervisor)
      .send({ mapping: { Name: 'fullName', Phone: 'phone' } })
      .expect(202);
    const status = await finished(preview.body.importId);
    const rejected = await t
      .http()
      .get(status.rejectedRowsUrl ?? '')
      .set(supervisor)
      .buffer(true)
      .parse(binary);
    expect((rejected.body as Buffer).toString('utf8')).toContain("'@SUM(1+1),not a phone,");
  });
});
