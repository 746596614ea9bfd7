import { QueueLoginRequest } from '@switchboard/contracts';
import { Matches } from 'class-validator';

/** Queue names as queues.conf allows them. */
export const QUEUE_NAME = /^[\w-]{1,64}$/;

export class QueueLoginDto implements QueueLoginRequest {
  @Matches(QUEUE_NAME, { message: 'must be a queue name (letters, digits, "_" and "-", at most 64)' })
  queue!: string;
}
