import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../core/config/app-config';
import { databaseOptions } from '../core/database/database-options';

async function migrate(): Promise<void> {
  const config = loadConfig();
  const dataSource = await new DataSource(databaseOptions(config.databaseUrl)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(
      `Applied ${applied.length} migration(s)${applied.map((m) => `\n  ${m.name}`).join('')}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
