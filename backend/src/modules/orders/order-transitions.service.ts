import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Order, StageAutomation, StageTransition } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { BonusLedgerService } from '../bonuses/bonus-ledger.service';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { OrderStageEnteredEvent } from '../../core/events/domain-events';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { MoveOrderDto } from './dto/move-order.dto';
import { OrderStageRecord } from './order-stage.entity';
import { OrderStagesService } from './order-stages.service';
import { OrderTransition } from './order-transition.entity';
import { OrderRecord } from './order.entity';
import { toLockedOrder } from './order.mapper';
import { OrdersService } from './orders.service';

/** Who moved the order and why: their comment, or the stage automation their action triggered. */
interface TransitionCause {
  actorId: string;
  comment: string | null;
  automation: StageAutomation | null;
}

/** The funnel's moves: an order changes stage, the transition is stored, a lost order gives back its bonuses. */
@Injectable()
export class OrderTransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly stages: OrderStagesService,
    private readonly bonuses: BonusLedgerService,
    private readonly history: ClientHistoryService,
    private readonly events: DomainEventBus,
  ) {}

  /** Moves an order to another stage and stores the transition (from, to, who, when, comment). */
  async move(id: string, dto: MoveOrderDto, actorId: string): Promise<Order> {
    const to = await this.stages.resolve(dto.stage);
    const comment = dto.comment?.trim() || null;
    const { order, entered } = await this.db.transaction(async (manager) => {
      const locked = await this.orders.lock(id, manager);
      const moved = locked.stage.id !== to.id;
      if (moved) await this.transit(locked, to, { actorId, comment, automation: null }, manager);
      return { order: await this.orders.load(id, manager), entered: moved ? entry(locked, to) : null };
    });
    if (entered) await this.events.emitAsync('order.stageEntered', entered);
    return order;
  }

  /**
   * Moves an order into the stage that has `automation`, when there is one and the order is still
   * open and before it in the funnel: an automation never moves an order back or out of a closed stage.
   */
  async advance(id: string, automation: StageAutomation, actorId: string): Promise<void> {
    const to = await this.stages.byAutomation(automation);
    if (!to) return;
    const entered = await this.db.transaction(async (manager) => {
      const order = await this.orders.lock(id, manager);
      const from = order.stage;
      if (from.won || from.lost || from.position >= to.position) return null;
      await this.transit(order, to, { actorId, comment: null, automation }, manager);
      return entry(order, to);
    });
    if (entered) await this.events.emitAsync('order.stageEntered', entered);
  }

  private async transit(
    order: OrderRecord,
    to: OrderStageRecord,
    { actorId, comment, automation }: TransitionCause,
    manager: EntityManager,
  ): Promise<void> {
    const { id } = order;
    await manager.update(OrderRecord, { id }, { stage: { id: to.id } });
    if (to.lost && !order.stage.lost) {
      const reason = `Order ${order.number}: ${to.name}`;
      await this.bonuses.reverseAccrual(toLockedOrder(order), reason, actorId, manager);
    }
    await manager.insert(OrderTransition, {
      order: { id },
      from: order.stage,
      to,
      author: { id: actorId },
      comment,
      automation,
    });
    const data = {
      orderId: id,
      number: order.number,
      event: 'moved',
      from: order.stage.key,
      to: to.key,
      automation,
    };
    await this.history.record(
      { clientId: order.client.id, kind: 'order', authorId: actorId, text: comment, data },
      manager,
    );
  }

  async list(id: string): Promise<StageTransition[]> {
    await this.orders.get(id);
    const rows = await this.db.manager.find(OrderTransition, {
      where: { order: { id } },
      relations: { from: true, to: true, author: true },
      order: { at: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      from: row.from?.key ?? null,
      to: row.to.key,
      author: row.author ? { id: row.author.id, displayName: row.author.displayName } : null,
      at: row.at.toISOString(),
      comment: row.comment,
      automation: row.automation,
    }));
  }
}

function entry(order: OrderRecord, to: OrderStageRecord): OrderStageEnteredEvent {
  return { orderId: order.id, clientId: order.client.id, stageId: to.id };
}
