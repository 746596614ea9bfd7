import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiError } from '@switchboard/contracts';
import { json, NextFunction, Request, Response, text } from 'express';
import { requestGuard } from './request-guard';

const JSON_LIMIT = '1mb';
/** Sign-in takes a login and a password and needs no token: no reason to read more from anyone. */
const AUTH_LIMIT = '16kb';

/**
 * JSON body parsing with its own error handler: a malformed or oversized body answers
 * 400/413 in the `ApiError` shape instead of falling through to the static files. Form bodies stay raw
 * text: only PBX webhooks send them, and their nested keys are read by the telephony library. Parsed
 * input then passes the request guard (no NUL characters, no absurd nesting).
 */
export function useJsonBody(app: NestExpressApplication): void {
  app.use('/api/auth', json({ limit: AUTH_LIMIT }));
  app.use(json({ limit: JSON_LIMIT }));
  app.use(text({ type: 'application/x-www-form-urlencoded', limit: JSON_LIMIT }));
  app.use((error: { type?: string }, request: Request, response: Response, next: NextFunction) => {
    if (error.type === 'entity.parse.failed') {
      response.status(400).json({
        code: 'VALIDATION_FAILED',
        message: 'The request body is not valid JSON',
      } satisfies ApiError);
    } else if (error.type === 'entity.too.large') {
      response.status(413).json({
        code: 'VALIDATION_FAILED',
        message: `The request body is over ${request.originalUrl.startsWith('/api/auth') ? AUTH_LIMIT : JSON_LIMIT}`,
      } satisfies ApiError);
    } else {
      next(error);
    }
  });
  app.use(requestGuard);
}
