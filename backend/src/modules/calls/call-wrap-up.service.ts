import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CallRecord, Task } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { TasksService } from '../tasks/tasks.service';
import { CallEntity } from './call.entity';
import { CallWrapUpValidator } from './call-wrap-up.validator';
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
    private readonly validator: CallWrapUpValidator,
    private readonly tasks: TasksService,
    private readonly history: ClientHistoryService,
    private readonly events: DomainEventBus,
  ) {}

  async wrapUp(id: string, dto: WrapUpDto, user: AuthenticatedUser): Promise<CallRecord> {
    const call = await this.reader.visible(id, user);
    await this.validator.check(dto, call);
    const note = dto.note?.trim() || null;
    const task = await this.followUpTask(dto, call, user);
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

  private followUpTask(dto: WrapUpDto, call: CallEntity, user: AuthenticatedUser): Promise<Task | null> {
    if (!dto.followUp) return Promise.resolve(null);
    const { title, dueAt } = dto.followUp;
    return this.tasks.create(
      { kind: 'follow-up', title, dueAt, clientId: call.clientId, callId: call.id },
      user,
    );
  }
}
