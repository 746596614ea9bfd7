import { Injectable } from '@nestjs/common';
import { ClientsService } from '../clients/clients.service';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { TasksService } from '../tasks/tasks.service';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { CallEndedEvent } from '../../core/events/domain-events';

/**
 * What a stored call leaves behind: an entry in the client's history, and for a missed inbound call a
 * call-back task, for the queue's agents when it came through a queue, else for the client's manager.
 */
@Injectable()
export class CallFollowUps {
  constructor(
    private readonly clients: ClientsService,
    private readonly history: ClientHistoryService,
    private readonly tasks: TasksService,
  ) {}

  @OnDomainEvent('call.ended', { promisify: true, suppressErrors: false })
  async followUp(call: CallEndedEvent): Promise<void> {
    if (call.clientId) {
      await this.history.append({
        clientId: call.clientId,
        kind: 'call',
        authorId: call.agentId,
        occurredAt: call.endedAt,
        data: {
          callId: call.id,
          direction: call.direction,
          disposition: call.disposition,
          talkSeconds: call.talkSeconds,
          number: call.direction === 'outbound' ? call.calleeNumber : call.callerNumber,
          recording: call.recording,
        },
      });
    }
    if (call.direction === 'inbound' && call.disposition !== 'answered') await this.callBack(call);
  }

  private async callBack(call: CallEndedEvent): Promise<void> {
    const manager = call.queue || !call.clientId ? null : await this.clients.managerOf(call.clientId);
    await this.tasks.createCallBack({
      callId: call.id,
      clientId: call.clientId,
      queue: call.queue,
      assigneeId: manager,
      title: `Call back ${call.callerNumber}`,
    });
  }
}
