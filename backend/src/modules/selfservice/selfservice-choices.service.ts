import { Inject, Injectable } from '@nestjs/common';
import { SelfServiceChoice, isSelfServiceChoice } from '@switchboard/contracts';
import Redis from 'ioredis';
import { REDIS } from '../../core/redis/redis.module';

/** Long enough for any wait in a queue (QUEUE_MAX_WAIT is 10 minutes) and a transfer after it. */
const TTL_SECONDS = 2 * 3600;
const key = (callId: string) => `selfservice:choice:${callId}`;

/**
 * What each caller chose in the self-service menu, by call id (the PBX's Linkedid as the calls module
 * names it). In Redis, so the API instance that builds the pop need not be the one that ran the menu.
 */
@Injectable()
export class SelfServiceChoices {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async remember(callId: string, choice: SelfServiceChoice): Promise<void> {
    await this.redis.set(key(callId), choice, 'EX', TTL_SECONDS);
  }

  async of(callId: string): Promise<SelfServiceChoice | null> {
    const choice = await this.redis.get(key(callId));
    return isSelfServiceChoice(choice) ? choice : null;
  }
}
