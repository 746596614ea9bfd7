import { IsUUID, Matches } from 'class-validator';
import { QUEUE_NAME } from './queue-login.dto';

/** `/supervisor/agents/:userId/queues/:queue`. */
export class AgentQueueParams {
  @IsUUID('all', { message: 'must be a UUID' })
  userId!: string;

  @Matches(QUEUE_NAME, { message: 'must be a queue name (letters, digits, "_" and "-", at most 64)' })
  queue!: string;
}
