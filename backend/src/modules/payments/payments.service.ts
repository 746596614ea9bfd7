import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Payment, PaymentHistoryEvent } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { ValidationFailedError } from '../../core/http/domain-error';
import { formatMoney, parseMoney } from '../../core/money/money';
import { BonusLedgerService } from '../bonuses/bonus-ledger.service';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { LockedOrder } from '../orders/order.mapper';
import { OrdersService } from '../orders/orders.service';
import { RecordPaymentDto, RefundDto } from './dto/payment.dto';
import { PaymentRecord } from './payment.entity';

const toView = (payment: PaymentRecord, orderId: string): Payment => ({
  id: payment.id,
  orderId,
  kind: payment.kind,
  amount: formatMoney(Math.abs(payment.amountMinor)),
  method: payment.method,
  reference: payment.reference,
  paidAt: payment.paidAt.toISOString(),
  author: payment.author ? { id: payment.author.id, displayName: payment.author.displayName } : null,
});

function positiveAmount(amount: string | number): number {
  const minor = parseMoney(amount);
  if (minor === null || minor <= 0) {
    throw new ValidationFailedError([
      { field: 'amount', code: 'TOO_SMALL', reason: 'must be an amount above 0, like 1250.00' },
    ]);
  }
  return minor;
}

/**
 * Payments and refunds of orders. Each runs under the order's row lock, so concurrent payments of one
 * order are applied one after another: the debt check, the paid sum and the bonus accrual stay exact.
 */
@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly bonuses: BonusLedgerService,
    private readonly history: ClientHistoryService,
    private readonly events: DomainEventBus,
  ) {}

  /** Records a payment; one that pays the order off is announced once it is stored. */
  async record(orderId: string, dto: RecordPaymentDto, actorId: string): Promise<Payment> {
    const { payment, paidInFull, clientId } = await this.store(orderId, dto, actorId);
    await this.events.emitAsync('payment.recorded', { orderId, paymentId: payment.id, clientId });
    if (paidInFull) {
      await this.events.emitAsync('payment.orderPaidInFull', { orderId, paymentId: payment.id, actorId });
    }
    return payment;
  }

  private async store(
    orderId: string,
    dto: RecordPaymentDto,
    actorId: string,
  ): Promise<{ payment: Payment; paidInFull: boolean; clientId: string }> {
    const amountMinor = positiveAmount(dto.amount);
    return this.db.transaction(async (manager) => {
      const order = await this.orders.lockForPayment(orderId, manager);
      if (order.stage.lost) {
        throw new ValidationFailedError([
          { field: 'amount', code: 'NOT_ALLOWED', reason: `the order is ${order.stage.name.toLowerCase()}` },
        ]);
      }
      const debt = order.total - order.paid;
      if (amountMinor > debt) {
        throw new ValidationFailedError([
          { field: 'amount', code: 'TOO_LARGE', reason: `exceeds the debt of ${formatMoney(debt)}` },
        ]);
      }
      const method = dto.method ?? 'cash';
      if (method === 'bonus') await this.bonuses.redeem(order, amountMinor, actorId, manager);
      const payment = await this.insert(manager, order, {
        kind: 'payment',
        amountMinor,
        method,
        reference: dto.reference ?? null,
        paidAt: dto.paidAt ? new Date(dto.paidAt) : new Date(),
        author: { id: actorId },
      });
      const paidInFull = order.paid + amountMinor >= order.total;
      if (paidInFull) await this.bonuses.accrue(order, manager);
      const event = amountMinor < debt ? 'payment_partial' : 'paid_in_full';
      await this.recordHistory(order, event, amountMinor, debt - amountMinor, actorId, manager);
      return { payment, paidInFull, clientId: order.clientId };
    });
  }

  /**
   * Gives money back (a return, an overpayment); at most what was paid in money. A full refund takes
   * back the bonuses the order earned.
   */
  async refund(orderId: string, dto: RefundDto, actorId: string): Promise<Payment> {
    const amountMinor = positiveAmount(dto.amount);
    return this.db.transaction(async (manager) => {
      const order = await this.orders.lockForPayment(orderId, manager);
      const [{ money }] = (await manager.query(
        `SELECT coalesce(sum(amount_minor), 0)::bigint AS money FROM order_payments WHERE order_id = $1 AND method <> 'bonus'`,
        [orderId],
      )) as { money: string }[];
      if (amountMinor > Number(money)) {
        const reason = `exceeds the ${formatMoney(Number(money))} paid in money`;
        throw new ValidationFailedError([{ field: 'amount', code: 'TOO_LARGE', reason }]);
      }
      const payment = await this.insert(manager, order, {
        kind: 'refund',
        amountMinor: -amountMinor,
        method: dto.method ?? 'cash',
        reference: dto.reference ?? null,
        paidAt: new Date(),
        author: { id: actorId },
      });
      // Money all given back: what the order earned in bonuses goes back too.
      if (amountMinor === Number(money)) {
        await this.bonuses.reverseAccrual(order, 'order refunded', actorId, manager);
      }
      const debtAfter = Math.max(0, order.total - order.paid + amountMinor);
      await this.recordHistory(order, 'refunded', amountMinor, debtAfter, actorId, manager);
      return payment;
    });
  }

  async list(orderId: string): Promise<Payment[]> {
    await this.orders.get(orderId);
    const payments = await this.db.manager.find(PaymentRecord, {
      where: { order: { id: orderId } },
      relations: { author: true },
      order: { paidAt: 'ASC' },
    });
    return payments.map((payment) => toView(payment, orderId));
  }

  private async insert(
    manager: EntityManager,
    order: LockedOrder,
    payment: Omit<PaymentRecord, 'id' | 'order' | 'createdAt' | 'author'> & { author: { id: string } },
  ): Promise<Payment> {
    const saved = await manager.save(PaymentRecord, { ...payment, order: { id: order.id } });
    await this.orders.addPaid(order.id, payment.amountMinor, manager);
    const withAuthor = await manager.findOneOrFail(PaymentRecord, {
      where: { id: saved.id },
      relations: { author: true },
    });
    return toView(withAuthor, order.id);
  }

  /** The timeline entry carries the facts the card writes as a sentence: how much, and what is still due. */
  private recordHistory(
    order: LockedOrder,
    event: PaymentHistoryEvent,
    amountMinor: number,
    debtMinor: number,
    actorId: string,
    manager: EntityManager,
  ) {
    const data = {
      orderId: order.id,
      number: order.number,
      event,
      amount: formatMoney(amountMinor),
      currency: order.currency,
      debt: formatMoney(debtMinor),
    };
    return this.history.record({ clientId: order.clientId, kind: 'order', authorId: actorId, data }, manager);
  }
}
