import { Injectable } from '@nestjs/common';
import { DocumentIssuedEvent, OrderPaidInFullEvent } from '../../core/events/domain-events';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { OrderTransitionsService } from './order-transitions.service';

/** Moves orders into the stages admins made automatic, once the triggering payment or document is stored. */
@Injectable()
export class OrderStageAutomationListener {
  constructor(private readonly transitions: OrderTransitionsService) {}

  @OnDomainEvent('payment.orderPaidInFull', { promisify: true })
  async onPaidInFull({ orderId, actorId }: OrderPaidInFullEvent): Promise<void> {
    await this.transitions.advance(orderId, 'paidInFull', actorId);
  }

  @OnDomainEvent('document.issued', { promisify: true })
  async onDocumentIssued({ orderId, actorId }: DocumentIssuedEvent): Promise<void> {
    await this.transitions.advance(orderId, 'documentIssued', actorId);
  }
}
