import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigValidationError, loadConfig } from './core/config/app-config';
import { exitWithin } from './core/lifecycle/exit-deadline';
import { WorkerModule } from './worker.module';

/** Running jobs get this long to finish once the worker is asked to stop. */
const SHUTDOWN_DEADLINE_MS = 5000;

/** Runs the BullMQ processors; SIGTERM or SIGINT lets the running jobs finish, then exits. */
async function main(): Promise<void> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig()), {
    bufferLogs: true,
  });
  worker.useLogger(worker.get(Logger));
  worker.enableShutdownHooks();
  exitWithin(SHUTDOWN_DEADLINE_MS);
  await worker.init();
  process.stdout.write('Switchboard worker is running\n');
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigValidationError ? error.message : `Worker start-up failed: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
