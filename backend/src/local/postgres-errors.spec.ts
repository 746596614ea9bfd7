import { EmbeddedPostgresError } from './postgres-errors';

describe('EmbeddedPostgresError', () => {
  const dataDir = '/var/lib/switchboard/x-0123456789ab/postgres';

  it('quotes PostgreSQL and picks the advice that fits what it said', () => {
    const detail =
      '/bin/postgres exited with code 1:\n    | LOG:  could not bind IPv4 address "127.0.0.1": Address already in use';

    const { message } = new EmbeddedPostgresError('start', dataDir, 54331, detail);

    expect(message).toContain(`could not start (port 54331, data in ${dataDir}):\n  ${detail}\n`);
    expect(message).toContain('What to do: another PostgreSQL is using port 54331');
    expect(message).not.toContain('54329');
  });

  it('falls back to moving the data folder away or bringing a PostgreSQL of your own', () => {
    const { message } = new EmbeddedPostgresError(
      'prepare its data folder',
      dataDir,
      54329,
      'initdb: error: out of luck',
    );

    expect(message).toContain(`What to do: if the data folder is damaged, move ${dataDir} away`);
    expect(message).toContain('set DATABASE_URL');
  });
});
