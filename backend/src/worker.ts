import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigValidationError, loadConfig } from './core/config/app-config';
import { WorkerModule } from './worker.module';

/** Runs the BullMQ processors; SIGTERM or SIGINT lets the running jobs finish, then exits. */
async function main(): Promise<void> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig()), {
    bufferLogs: true,
  });
  worker.useLogger(worker.get(Logger));
  worker.enableShutdownHooks();
  await worker.init();
  process.stdout.write('Switchboard worker is running\n');
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigValidationError ? error.message : `Worker start-up failed: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
