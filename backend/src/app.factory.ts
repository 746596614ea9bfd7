import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './core/config/app-config';
import { useJsonBody } from './core/http/json-body';
import { createValidationPipe } from './core/http/validation-pipe';
import { useSecurityHeaders } from './core/http/security-headers';
import { RedisIoAdapter } from './core/realtime/redis-io.adapter';

export const API_PREFIX = 'api';

/** Builds the HTTP + socket.io application; main.ts and the integration tests share it. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useWebSocketAdapter(new RedisIoAdapter(app, config));
  useSecurityHeaders(app, config);
  useJsonBody(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  return app;
}
