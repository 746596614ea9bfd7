import 'reflect-metadata';
import { loadConfig } from '../core/config/app-config';
import { applyMigrations } from './standalone-data-source';

/** `npm run migrate` and the compose `migrate` service: applies pending migrations, then exits. */
async function migrate(): Promise<void> {
  const applied = await applyMigrations(loadConfig().databaseUrl);
  process.stdout.write(
    `Applied ${applied.length} migration(s)${applied.map((name) => `\n  ${name}`).join('')}\n`,
  );
}

migrate().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
