import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '../src/core/config/app-config';
import { WorkerModule } from '../src/worker.module';

/** The worker process of the survey bench: the real WorkerModule on the configuration the bench sends. */
process.once('message', (config: AppConfig) => {
  void NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false }).then(
    async (worker) => {
      await worker.init();
      process.send?.({ ready: true });
      process.once('message', () => void worker.close().then(() => process.exit(0)));
    },
  );
});
