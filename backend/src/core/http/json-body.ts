import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiError } from '@switchboard/contracts';
import { json, NextFunction, Request, Response, text } from 'express';

const JSON_LIMIT = '1mb';

/**
 * JSON body parsing with its own error handler: a malformed or oversized body answers
 * 400/413 in the `ApiError` shape instead of falling through to the static files. Form bodies stay raw
 * text: only PBX webhooks send them, and their nested keys are read by the telephony library.
 */
export function useJsonBody(app: NestExpressApplication): void {
  app.use(json({ limit: JSON_LIMIT }));
  app.use(text({ type: 'application/x-www-form-urlencoded', limit: JSON_LIMIT }));
  app.use((error: { type?: string }, _request: Request, response: Response, next: NextFunction) => {
    if (error.type === 'entity.parse.failed') {
      response.status(400).json({
        code: 'VALIDATION_FAILED',
        message: 'The request body is not valid JSON',
      } satisfies ApiError);
    } else if (error.type === 'entity.too.large') {
      response.status(413).json({
        code: 'VALIDATION_FAILED',
        message: `The request body is over ${JSON_LIMIT}`,
      } satisfies ApiError);
    } else {
      next(error);
    }
  });
}
