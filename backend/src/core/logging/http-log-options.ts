import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Options } from 'pino-http';
import { WEBHOOK_SECRET_HEADER } from '../auth/webhook-secret-header';
import { redactQuery, redactUrl } from './redact-url';

const REQUEST_ID_HEADER = 'x-request-id';

function requestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}

/** pino-http's options: each request line carries its id; credentials never reach a log line. */
export function httpLogOptions(level: string): Options {
  return {
    level,
    genReqId: (request, response) => {
      const id = requestId(request);
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        `req.headers["${WEBHOOK_SECRET_HEADER}"]`,
        '*.password',
        '*.token',
        '*.accessToken',
        'req.params.grant',
      ],
      censor: '[redacted]',
    },
    // A secret sent in the query string anyway (an old webhook URL) is refused, and must not be logged either.
    serializers: {
      req: (request: { url?: string; query?: unknown }) => ({
        ...request,
        url: request.url === undefined ? undefined : redactUrl(request.url),
        query: redactQuery(request.query),
      }),
    },
    autoLogging: { ignore: (request) => !request.url?.startsWith('/api') },
  };
}
