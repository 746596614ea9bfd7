import 'reflect-metadata';
import { createApp } from './app.factory';
import { exitWithin } from './core/lifecycle/exit-deadline';
import { ConfigValidationError, loadConfig } from './core/config/app-config';

/** Requests in flight and the AMI link get this long to finish once the process is asked to stop. */
const SHUTDOWN_DEADLINE_MS = 5000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  exitWithin(SHUTDOWN_DEADLINE_MS);
  await app.listen(config.port);
  process.stdout.write(`Switchboard is listening on http://localhost:${config.port}\n`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigValidationError ? error.message : `Start-up failed: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
