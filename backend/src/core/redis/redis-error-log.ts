import { LoggerService } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * Handles a Redis connection's `error` events (an emitter without a listener prints every one
 * unhandled) and logs them once per outage: the first error, then a different one if the cause
 * changes, and a line when the connection is ready again. ioredis clients, BullMQ queues and
 * workers all emit `error`; the latter two do not emit `ready`, so for them repeats of the same
 * error stay quiet until its message changes.
 */
export function logRedisErrorsOnce(
  connection: EventEmitter,
  logger: Pick<LoggerService, 'warn' | 'log'>,
): void {
  let lastMessage: string | undefined;
  connection.on('error', (error: Error) => {
    if (error.message === lastMessage) return;
    lastMessage = error.message;
    logger.warn(`Redis unreachable: ${error.message} (retrying quietly)`);
  });
  connection.on('ready', () => {
    if (lastMessage === undefined) return;
    lastMessage = undefined;
    logger.log('Redis reachable again');
  });
}
