import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CallRecord } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ValidationFailedError } from '../../core/http/domain-error';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { ConsoleSettingsService } from '../console-settings/console-settings.service';
import { OrdersService } from '../orders/orders.service';
import { TasksService } from '../tasks/tasks.service';
import { CallEntity } from './call.entity';
import { CallsService } from './calls.service';
import { WrapUpDto } from './dto/wrap-up.dto';
import { DomainEventBus } from '../../core/events/domain-event-bus';

/**
 * The wrap-up of a call: a configured disposition code, a note (also written to the client's history),
 * an optional follow-up task and the order the call was about. Saving it ends the agent's wrap-up time.
 */
@Injectable()
export class CallWrapUpService {
  constructor(
    @InjectRepository(CallEntity) private readonly calls: Repository<CallEntity>,
    private readonly reader: CallsService,
    private readonly settings: ConsoleSettingsService,
    private readonly orders: OrdersService,
    private readonly tasks: TasksService,
    private readonly history: ClientHistoryService,
    private readonly events: DomainEventBus,
  ) {}

  async wrapUp(id: string, dto: WrapUpDto, user: AuthenticatedUser): Promise<CallRecord> {
    const call = await this.reader.visible(id, user);
    await this.check(dto, call);
    const note = dto.note?.trim() || null;
    const task = dto.followUp
      ? await this.tasks.create(
          {
            kind: 'follow-up',
            title: dto.followUp.title,
            dueAt: dto.followUp.dueAt,
            clientId: call.clientId,
            callId: id,
          },
          user,
        )
      : null;
    if (note && call.clientId) {
      await this.history.record({
        clientId: call.clientId,
        kind: 'note',
        authorId: user.id,
        text: note,
        data: { callId: id },
      });
    }
    await this.calls.update(
      { id },
      {
        wrapUpCode: dto.code,
        wrapUpNote: note,
        wrapUpOrderId: dto.orderId ?? null,
        wrapUpTaskId: task?.id ?? null,
        wrappedUpAt: new Date(),
        wrappedUpBy: { id: user.id },
      },
    );
    await this.events.emitAsync('call.wrappedUp', {
      callId: id,
      userId: user.id,
    });
    return this.reader.get(id, user);
  }

  private async check(dto: WrapUpDto, call: CallEntity): Promise<void> {
    const { dispositionCodes } = await this.settings.get();
    if (!dispositionCodes.some((entry) => entry.code === dto.code)) {
      throw new ValidationFailedError([
        { field: 'code', reason: 'is not one of the configured disposition codes' },
      ]);
    }
    if (!dto.orderId) return;
    const order = await this.orders.get(dto.orderId).catch(() => null);
    if (!order || (call.clientId && order.client.id !== call.clientId)) {
      throw new ValidationFailedError([{ field: 'orderId', reason: "is not one of the caller's orders" }]);
    }
  }
}
