/** What usually helps, picked by what PostgreSQL said. */
const HINTS: { when: RegExp; hint: (dataDir: string, port: number) => string }[] = [
  {
    when: /already in use|postmaster\.pid|could not create lock file/i,
    hint: (_dataDir, port) =>
      `another PostgreSQL is using port ${port} or this data folder (an earlier \`npm start\` still ` +
      'running?). Stop it, or set DATABASE_URL to a PostgreSQL of your own.',
  },
  {
    when: /incompatible with this server|was initialized by PostgreSQL version/i,
    hint: (dataDir) =>
      `the data folder was made by another PostgreSQL version. Move ${dataDir} away (it holds the ` +
      'data of earlier runs) to start with an empty database, or set DATABASE_URL.',
  },
  {
    when: /password authentication failed/i,
    hint: (dataDir) =>
      `the cluster in ${dataDir} was made with another password than .data/local-secrets.json ` +
      'holds (was .data removed?). Move the cluster away to start with an empty database.',
  },
  {
    when: /permission denied/i,
    hint: (dataDir) =>
      `the user PostgreSQL runs as cannot use a file it needs: check the owner and mode of ${dataDir} ` +
      'and its parent folders, or set DATABASE_URL to a PostgreSQL of your own.',
  },
];

function hintFor(output: string, dataDir: string, port: number): string {
  const known = HINTS.find(({ when }) => when.test(output));
  if (known) return known.hint(dataDir, port);
  return (
    `if the data folder is damaged, move ${dataDir} away (it holds the data of earlier runs) to ` +
    'start with an empty database; or set DATABASE_URL to a PostgreSQL of your own.'
  );
}

/**
 * The embedded database did not come up: which step failed, what PostgreSQL printed (`detail`
 * quotes it: "…/initdb exited with code 1:" and the lines) and what to do about it.
 */
export class EmbeddedPostgresError extends Error {
  constructor(step: 'prepare its data folder' | 'start', dataDir: string, port: number, detail: string) {
    super(
      `the embedded PostgreSQL could not ${step} (port ${port}, data in ${dataDir}):\n  ${detail}\n` +
        `What to do: ${hintFor(detail, dataDir, port)}`,
    );
  }
}
