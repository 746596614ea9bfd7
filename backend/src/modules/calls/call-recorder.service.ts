import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PbxEvent } from '@switchboard/telephony';
import { DataSource } from 'typeorm';
import { KeyedSerialQueue } from '../../core/async/keyed-serial-queue';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { preparedQuery } from '../../core/database/prepared-query';
import { ClientsService } from '../clients/clients.service';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { callIdOf } from './call-id';
import {
  ANSWERED_SQL,
  APPEND_TIMELINE_SQL,
  ENDED_SQL,
  HELD_SQL,
  INSERT_CALL_SQL,
  QUEUE_ABANDONED_SQL,
  QUEUE_JOINED_SQL,
  RINGING_SQL,
  UNHELD_SQL,
} from './call-recorder.sql';
import { timelineEntry } from './call-timeline';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { CallEndedEvent } from '../../core/events/domain-events';

type CallEvent = Extract<PbxEvent, { callId: string }>;

/**
 * Stores every call the PBX reports: one row per PBX call, changed by each of its events in the PBX's
 * order (events of one call are written one after another; calls do not wait for each other).
 */
@Injectable()
export class CallRecorder {
  private readonly logger = new Logger(CallRecorder.name);
  private readonly perCall = new KeyedSerialQueue();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientsService,
    private readonly directory: ExtensionDirectory,
    private readonly events: DomainEventBus,
  ) {}

  @OnDomainEvent('pbx.eventReceived', { promisify: true })
  handle(event: PbxEvent): Promise<void> {
    if (!('callId' in event)) return Promise.resolve();
    const id = callIdOf(this.config.pbx.id, event.callId);
    return this.perCall
      .run(id, () => this.record(id, event))
      .catch((error: Error) =>
        this.logger.error({ callId: id, reason: error.message }, 'Could not store a call event'),
      );
  }

  private async record(id: string, event: CallEvent): Promise<void> {
    const entry = timelineEntry(event);
    switch (event.type) {
      case 'call.started':
        return this.started(id, event, entry);
      case 'queue.callerJoined':
        return this.run('call-queue-joined', QUEUE_JOINED_SQL, [id, event.queue, event.at]);
      case 'queue.callerAbandoned':
        return this.run('call-queue-abandoned', QUEUE_ABANDONED_SQL, [id, event.waitSeconds]);
      case 'agent.ringing':
        return this.run('call-ringing', RINGING_SQL, [
          id,
          entry,
          this.directory.owner(event.agent)?.id ?? null,
        ]);
      case 'call.answered': {
        const owner = this.directory.owner(event.agent);
        return this.run('call-answered', ANSWERED_SQL, [
          id,
          entry,
          event.at,
          owner?.id ?? null,
          event.agent,
          event.waitSeconds,
        ]);
      }
      case 'call.held':
        return this.run('call-held', HELD_SQL, [id, entry, event.at]);
      case 'call.unheld':
        return this.run('call-unheld', UNHELD_SQL, [id, entry, event.at]);
      case 'call.ended':
        return this.ended(id, event, entry);
      default:
        if (entry) await this.run('call-timeline', APPEND_TIMELINE_SQL, [id, entry]);
    }
  }

  private async started(id: string, event: Extract<PbxEvent, { type: 'call.started' }>, entry: unknown) {
    const caller = this.clients.normalizePhone(event.callerNumber) ?? event.callerNumber;
    const callee = event.calleeNumber
      ? (this.clients.normalizePhone(event.calleeNumber) ?? event.calleeNumber)
      : null;
    const customer = event.direction === 'outbound' ? callee : caller;
    const clientId = customer?.startsWith('+') ? await this.clients.idByPhone(customer) : null;
    const did = event.direction === 'inbound' ? callee : null;
    const placedBy = event.direction === 'outbound' ? this.directory.owner(event.callerNumber) : null;
    await this.run('call-insert', INSERT_CALL_SQL, [
      id,
      this.config.pbx.id,
      event.callId,
      event.direction,
      caller,
      callee,
      did,
      event.queue,
      clientId,
      event.at,
      entry,
      placedBy?.id ?? null,
      placedBy ? event.callerNumber : null,
    ]);
  }

  private async ended(id: string, event: Extract<PbxEvent, { type: 'call.ended' }>, entry: unknown) {
    const [ended] = await preparedQuery<CallEndedEvent>(this.db, 'call-ended', ENDED_SQL, [
      id,
      entry,
      event.at,
      event.disposition,
      event.talkSeconds,
      event.recording ?? null,
    ]);
    if (ended) await this.events.emitAsync('call.ended', ended);
  }

  /** Each statement is prepared once per connection: every call runs the same few. */
  private async run(name: string, sql: string, values: unknown[]): Promise<void> {
    await preparedQuery(this.db, name, sql, values);
  }
}
