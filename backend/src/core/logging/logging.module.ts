import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { httpLogOptions } from './http-log-options';

/** pino JSON logs (see `httpLogOptions` for the request lines). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // path-to-regexp 8 (Express 5) spelling of "every route"; the default '*' logs a warning.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: httpLogOptions(config.logLevel),
      }),
    }),
  ],
})
export class LoggingModule {}
