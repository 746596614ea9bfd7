import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES } from '../../../core/queues/queues';
import { BonusLedgerService } from '../bonus-ledger.service';

/** Every night at 03:00 server time. */
const SCHEDULE = '0 3 * * *';

/** Expires due bonus accruals on a repeatable job; the sweep is idempotent, so retries are harmless. */
@Processor(QUEUES.bonusExpiry)
export class BonusExpiryProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(BonusExpiryProcessor.name);

  constructor(
    private readonly ledger: BonusLedgerService,
    @InjectQueue(QUEUES.bonusExpiry) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('bonus-expiry-nightly', { pattern: SCHEDULE }, { name: 'expire' });
  }

  async process(): Promise<number> {
    let expired = 0;
    for (
      let batch = await this.ledger.expireDue(new Date());
      batch > 0;
      batch = await this.ledger.expireDue(new Date())
    ) {
      expired += batch;
    }
    if (expired > 0) this.logger.log(`Expired ${expired} bonus accruals`);
    return expired;
  }
}
