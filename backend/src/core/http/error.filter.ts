import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError } from '@switchboard/contracts';
import { Response } from 'express';
import { isRedisUnavailable } from '../redis/redis-unavailable';
import { DomainError } from './domain-error';
import { ERROR_STATUS } from './error-status';

const CODE_BY_STATUS: Partial<Record<number, ApiError['code']>> = {
  [HttpStatus.BAD_REQUEST]: 'VALIDATION_FAILED',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_ATTEMPTS',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'FILE_TOO_LARGE',
};

/** Turns every error into the single `ApiError` shape with the right status. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(error);
    response.status(status).json(body);
  }

  private describe(error: unknown): [number, ApiError] {
    if (error instanceof DomainError) {
      const body: ApiError = { code: error.code, message: error.message };
      if (error.details) body.details = error.details;
      return [ERROR_STATUS[error.code], body];
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return [status, { code: CODE_BY_STATUS[status] ?? 'INTERNAL', message: error.message }];
    }
    if (isRedisUnavailable(error)) {
      this.logger.warn('Answered 503: Redis is unreachable');
      const message = 'A service the product relies on is unreachable; try again in a moment';
      return [HttpStatus.SERVICE_UNAVAILABLE, { code: 'SERVICE_UNAVAILABLE', message }];
    }
    this.logger.error({ err: error }, 'Unhandled error');
    return [HttpStatus.INTERNAL_SERVER_ERROR, { code: 'INTERNAL', message: 'Internal server error' }];
  }
}
