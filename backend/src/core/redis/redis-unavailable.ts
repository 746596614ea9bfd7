/**
 * The errors ioredis fails a command with while Redis cannot be reached: the retries per request ran
 * out, the connection is closed, or (queues, which never wait through an outage) it is not writable.
 */
const UNAVAILABLE = [/reached the max retries per request/i, /connection is closed/i, /enableOfflineQueue/i];

export function isRedisUnavailable(error: unknown): boolean {
  return error instanceof Error && UNAVAILABLE.some((pattern) => pattern.test(error.message));
}
