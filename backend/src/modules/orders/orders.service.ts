import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InstallmentInput, Order } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { today } from '../../core/dates/iso-date';
import { ValidationFailedError, CodedFieldError } from '../../core/http/domain-error';
import { formatMoney, parseMoney } from '../../core/money/money';
import { ProductsService } from '../catalogue/products.service';
import { ClientsService } from '../clients/clients.service';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { CreateOrderDto, OrderItemDto } from './dto/create-order.dto';
import { UpdateOrderDto } from './dto/update-order.dto';
import { OrderInstallment } from './order-installment.entity';
import { OrderItemRecord } from './order-item.entity';
import { PricedLine, orderTotals, priceLines } from './order-lines';
import { nextOrderNumber } from './order-numbers';
import { OrderStagesService } from './order-stages.service';
import { OrderTransition } from './order-transition.entity';
import { OrderRecord } from './order.entity';
import { LockedOrder, toLockedOrder, toOrderView } from './order.mapper';
import { OrderNotFoundError } from './orders.errors';

const ORDER_RELATIONS = {
  client: true,
  manager: true,
  stage: true,
  items: { product: true },
  schedule: true,
} as const;

/** Orders of clients: pricing, numbering, edits and the paid sum; every change lands in the client's history. */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientsService,
    private readonly products: ProductsService,
    private readonly stages: OrderStagesService,
    private readonly history: ClientHistoryService,
  ) {}

  async create(dto: CreateOrderDto, actorId: string): Promise<Order> {
    const client = await this.clients.get(dto.clientId).catch(() => {
      throw new ValidationFailedError([{ field: 'clientId', code: 'NOT_FOUND', reason: 'is not a client' }]);
    });
    const stage = dto.stage ? await this.stages.resolve(dto.stage) : await this.stages.first();
    const lines = await this.price(dto.items);
    const schedule = parseSchedule(dto.schedule ?? []);
    const totals = orderTotals(lines);
    const currency = dto.currency ?? this.config.orders.currency;
    return this.db.transaction(async (manager) => {
      const number = await nextOrderNumber(manager, new Date().getFullYear());
      const { identifiers } = await manager.insert(OrderRecord, {
        number,
        client: { id: client.id },
        manager: dto.managerId ? { id: dto.managerId } : { id: actorId },
        stage,
        currency,
        ...totals,
        deliveryMethod: dto.deliveryMethod ?? null,
        deliveryAddress: dto.deliveryAddress ?? null,
        notes: dto.notes ?? null,
        conditions: dto.conditions ?? {},
        createdBy: { id: actorId },
      });
      const id = identifiers[0]['id'] as string;
      await this.writeLines(manager, id, lines, schedule);
      await manager.insert(OrderTransition, {
        order: { id },
        from: null,
        to: stage,
        author: { id: actorId },
      });
      const data = { orderId: id, number, event: 'created', total: formatMoney(totals.total), currency };
      await this.history.record({ clientId: client.id, kind: 'order', authorId: actorId, data }, manager);
      return this.load(id, manager);
    });
  }

  get(id: string): Promise<Order> {
    return this.load(id, this.db.manager);
  }

  /** Edits an open order; items and schedule are replaced whole, and the total may not fall below what is paid. */
  async update(id: string, dto: UpdateOrderDto, actorId: string): Promise<Order> {
    const lines = dto.items ? await this.price(dto.items) : null;
    const schedule = dto.schedule ? parseSchedule(dto.schedule) : null;
    return this.db.transaction(async (manager) => {
      const order = await this.lock(id, manager);
      if (order.stage.lost) {
        throw new ValidationFailedError([
          { field: 'stage', code: 'NOT_ALLOWED', reason: `the order is ${order.stage.name.toLowerCase()}` },
        ]);
      }
      const totals = lines ? orderTotals(lines) : null;
      if (totals && totals.total < order.paid) {
        const reason = `the new total ${formatMoney(totals.total)} is below the ${formatMoney(order.paid)} already paid`;
        throw new ValidationFailedError([{ field: 'items', code: 'TOO_SMALL', reason }]);
      }
      const { items, schedule: newSchedule, managerId, ...fields } = dto;
      await manager.update(
        OrderRecord,
        { id },
        {
          ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
          ...(managerId !== undefined ? { manager: managerId ? { id: managerId } : null } : {}),
          ...(totals ?? {}),
        },
      );
      if (lines) await manager.delete(OrderItemRecord, { order: { id } });
      if (schedule) await manager.delete(OrderInstallment, { order: { id } });
      await this.writeLines(manager, id, lines ?? [], schedule ?? []);
      const data = { orderId: id, number: order.number, event: 'updated' };
      await this.history.record(
        { clientId: order.client.id, kind: 'order', authorId: actorId, data },
        manager,
      );
      return this.load(id, manager);
    });
  }

  /**
   * The order locked for the rest of a payment's transaction, so payments of one order apply one after
   * another; with `addPaid` the only way another module changes an order.
   */
  async lockForPayment(id: string, manager: EntityManager): Promise<LockedOrder> {
    return toLockedOrder(await this.lock(id, manager));
  }

  /** Adds a payment (a refund when negative) to the order's paid sum, in the payment's transaction. */
  async addPaid(id: string, amountMinor: number, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(OrderRecord)
      .set({ paid: () => 'paid + :amountMinor' })
      .setParameter('amountMinor', amountMinor)
      .where('id = :id', { id })
      .execute();
  }

  /** The order row locked for the rest of the transaction (edits, moves and payments serialize on it). */
  async lock(id: string, manager: EntityManager): Promise<OrderRecord> {
    const [locked] = (await manager.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [
      id,
    ])) as unknown[];
    if (!locked) throw new OrderNotFoundError(id);
    return manager.findOneOrFail(OrderRecord, { where: { id }, relations: ORDER_RELATIONS });
  }

  async load(id: string, manager: EntityManager): Promise<Order> {
    const order = await manager.findOne(OrderRecord, { where: { id }, relations: ORDER_RELATIONS });
    if (!order) throw new OrderNotFoundError(id);
    return toOrderView(order, today());
  }

  private async price(items: OrderItemDto[]): Promise<PricedLine[]> {
    const ids = items.map((item) => item.productId).filter((id): id is string => Boolean(id));
    const products = new Map((await this.products.activeByIds(ids)).map((product) => [product.id, product]));
    const { lines, errors } = priceLines(items, products);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return lines;
  }

  private async writeLines(
    manager: EntityManager,
    orderId: string,
    lines: PricedLine[],
    schedule: { dueDate: string; amountMinor: number }[],
  ): Promise<void> {
    if (lines.length === 0 && schedule.length === 0) return;
    if (lines.length > 0) {
      await manager.insert(
        OrderItemRecord,
        lines.map(({ productId, ...line }, position) => ({
          ...line,
          position,
          order: { id: orderId },
          product: productId ? { id: productId } : null,
        })),
      );
    }
    if (schedule.length > 0) {
      await manager.insert(
        OrderInstallment,
        schedule.map((row) => ({ ...row, order: { id: orderId } })),
      );
    }
  }
}

function parseSchedule(rows: InstallmentInput[]): { dueDate: string; amountMinor: number }[] {
  const errors: CodedFieldError[] = [];
  const parsed = rows.map((row, index) => {
    const amountMinor = parseMoney(row.amount);
    if (amountMinor === null || amountMinor <= 0) {
      errors.push({
        field: `schedule.${index}.amount`,
        code: 'TOO_SMALL',
        reason: 'must be an amount above 0, like 1250.00',
      });
    }
    return { dueDate: row.dueDate, amountMinor: amountMinor ?? 0 };
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return parsed;
}
