import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { redactUrl } from './redact-url';

const REQUEST_ID_HEADER = 'x-request-id';

function requestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}

/** pino JSON logs; each request line carries its id; credentials never reach a log line. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // path-to-regexp 8 (Express 5) spelling of "every route"; the default '*' logs a warning.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          genReqId: (request, response) => {
            const id = requestId(request);
            response.setHeader(REQUEST_ID_HEADER, id);
            return id;
          },
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.query.secret',
              '*.password',
              '*.token',
              '*.accessToken',
            ],
            censor: '[redacted]',
          },
          // The Binotel webhook carries its shared secret in the query string.
          serializers: {
            req: (request: { url?: string }) => ({
              ...request,
              url: request.url === undefined ? undefined : redactUrl(request.url),
            }),
          },
          autoLogging: { ignore: (request) => !request.url?.startsWith('/api') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
