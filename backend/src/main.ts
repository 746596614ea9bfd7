import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigValidationError, loadConfig } from './core/config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  process.stdout.write(`Switchboard is listening on http://localhost:${config.port}\n`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigValidationError ? error.message : `Start-up failed: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
