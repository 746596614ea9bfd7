import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignTrigger } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { OrderStageEnteredEvent, PaymentRecordedEvent } from '../../../core/events/domain-events';
import { OnDomainEvent } from '../../../core/events/on-domain-event';
import { CampaignRecord } from '../campaign.entity';
import { AttemptScheduler, CampaignSubject } from './attempt-scheduler.service';

/**
 * Running campaigns whose trigger fired: an order entered their stage, or a payment was recorded. The order is
 * the subject, so the same order entering the stage again, or paid twice, is called about once.
 */
@Injectable()
export class CampaignTriggersListener {
  private readonly logger = new Logger(CampaignTriggersListener.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scheduler: AttemptScheduler,
  ) {}

  @OnDomainEvent('order.stageEntered', { promisify: true })
  onStageEntered({ orderId, clientId, stageId }: OrderStageEnteredEvent): Promise<void> {
    return this.fire({ kind: 'orderStage', stageId }, { clientId, orderId });
  }

  @OnDomainEvent('payment.recorded', { promisify: true })
  onPaymentRecorded({ orderId, clientId }: PaymentRecordedEvent): Promise<void> {
    return this.fire({ kind: 'payment' }, { clientId, orderId });
  }

  /** What was stored stays stored: a campaign that cannot schedule is logged, not the user's error. */
  private async fire(trigger: CampaignTrigger, subject: CampaignSubject): Promise<void> {
    try {
      const campaigns = await this.db.manager
        .createQueryBuilder(CampaignRecord, 'campaign')
        .where(`campaign.status = 'running' AND campaign.trigger @> :trigger`, {
          trigger: JSON.stringify(trigger),
        })
        .getMany();
      const now = new Date();
      for (const campaign of campaigns) await this.scheduler.enter(campaign, subject, now);
    } catch (error) {
      this.logger.error({ ...subject, reason: (error as Error).message }, 'Could not schedule survey calls');
    }
  }
}
