import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgentPresence, QueueSettings, ScreenPop, WallboardSnapshot } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { DataSource } from 'typeorm';
import { KeyedThrottle } from '../../core/async/keyed-throttle';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { preparedQuery } from '../../core/database/prepared-query';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { callIdOf } from '../calls/call-id';
import { ClientsService } from '../clients/clients.service';
import { PbxService } from '../pbx/pbx.service';
import { SupervisorScope } from '../teams/supervisor-scope';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { UpdateQueueSettingsDto } from './dto/update-queue-settings.dto';
import { callClientOf } from './call-client';
import { QueueFloor, StoredQueueCall } from './queue-floor';
import { dayStart } from './queue-day';
import { QueueSettingsService } from './queue-settings.service';
import { TODAYS_CALLS_SQL } from './todays-calls.sql';
import { WallboardAudiences } from './wallboard-audiences';
import { WallboardOutbox } from './wallboard-outbox';

/** A queue's figures go out at most this often; callers and agents as they change. */
const STATS_INTERVAL_MS = 250;

/**
 * The supervisors' live view of the floor: keeps the `QueueFloor` from PBX events, presence and pops, and
 * sends its changes to the wallboards allowed to see them. After a restart it counts today's stored calls
 * first, holding back the events that come meanwhile.
 */
@Injectable()
export class QueueWallboard implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QueueWallboard.name);
  private readonly floor: QueueFloor;
  private readonly statsThrottle = new KeyedThrottle(STATS_INTERVAL_MS, (queue) => this.sendStats(queue));
  private readonly audiences = new WallboardAudiences();
  private readonly outbox: WallboardOutbox;
  /** Events that came before today's calls were counted; null once they were. */
  private early: PbxEvent[] | null = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: ExtensionDirectory,
    private readonly clients: ClientsService,
    private readonly pbx: PbxService,
    private readonly queueSettings: QueueSettingsService,
    publisher: RealtimePublisher,
  ) {
    this.outbox = new WallboardOutbox(this.audiences, publisher);
    this.floor = new QueueFloor({
      settingsOf: (queue) => queueSettings.of(queue),
      agentOf: (extension) => directory.owner(extension),
      normalize: (number) => clients.normalizePhone(number) ?? number,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.syncAgents();
    const calls = await preparedQuery<StoredQueueCall>(this.db, 'wallboard-todays-calls', TODAYS_CALLS_SQL, [
      this.config.pbx.id,
      dayStart(new Date()),
    ]);
    this.floor.restore(calls);
    const early = this.early ?? [];
    this.early = null;
    early.forEach((event) => this.floor.apply(this.withCallIds(event)));
    await this.addPbxQueues();
    this.publish();
  }

  onModuleDestroy(): void {
    this.statsThrottle.stop();
    this.outbox.stop();
  }

  @OnDomainEvent('pbx.eventReceived')
  handle(event: PbxEvent): void {
    if (event.type === 'agent.deviceChanged' || event.type === 'agent.queueChanged') return;
    if (this.early) {
      this.early.push(event);
      return;
    }
    this.floor.apply(this.withCallIds(event));
    // Listed after every (re)connect: the PBX's queues may have changed too.
    if (event.type === 'queue.callersListed') void this.addPbxQueues();
    this.publish();
  }

  @OnDomainEvent('agent.presenceChanged')
  presenceChanged(presence: AgentPresence): void {
    this.floor.presenceChanged(presence, new Date());
    this.publish();
  }

  @OnDomainEvent('call.popBuilt')
  popBuilt(pop: ScreenPop): void {
    this.floor.setCallClient(pop.callId, callClientOf(pop));
    this.publish();
  }

  @OnDomainEvent('extensions.reloaded')
  extensionsReloaded(): void {
    this.syncAgents();
    this.publish();
  }

  snapshot(scope: SupervisorScope): WallboardSnapshot {
    const at = new Date();
    const queues = this.floor.queues().filter((queue) => scope.all || scope.queues.has(queue));
    const visible = new Set(queues);
    return {
      at: at.toISOString(),
      queues: queues.map((queue) => ({
        ...this.floor.stats(queue, at),
        intervals: this.floor.intervals(queue),
      })),
      waiting: this.floor.waitingCallers().filter((caller) => visible.has(caller.queue)),
      agents: this.floor
        .agentIds()
        .filter((userId) => scope.all || scope.agentIds.has(userId))
        .flatMap((userId) => this.floor.agentRow(userId, at) ?? []),
    };
  }

  /** The room whose changes a wallboard of this scope gets. */
  roomFor(scope: SupervisorScope): string {
    return this.audiences.join(scope);
  }

  settings(): QueueSettings[] {
    return this.floor.queues().map((queue) => this.queueSettings.of(queue));
  }

  async updateSettings(queue: string, dto: UpdateQueueSettingsDto): Promise<QueueSettings> {
    const settings = await this.queueSettings.update(queue, dto);
    this.floor.addQueue(queue);
    this.floor.recount(queue);
    this.statsThrottle.mark(queue);
    this.publish();
    return settings;
  }

  private publish(): void {
    const { queues, agents, joined, left } = this.floor.drain();
    for (const callId of joined) void this.announceCaller(callId);
    left.forEach((gone) => this.outbox.callerLeft(gone));
    const at = new Date();
    for (const userId of agents) {
      const row = this.floor.agentRow(userId, at);
      if (row) this.outbox.agentRow(row);
    }
    queues.forEach((queue) => this.statsThrottle.mark(queue));
  }

  /** The caller is on the board at once; their client follows when found, if they still wait. */
  private async announceCaller(callId: string): Promise<void> {
    const waiting = this.floor.waitingCaller(callId);
    if (!waiting) return;
    this.outbox.callerJoined(waiting);
    const number = waiting.number;
    const client = number.startsWith('+')
      ? await this.clients.popClient(number).catch((error: Error) => {
          this.logger.warn({ callId, reason: error.message }, 'Could not look up a waiting caller');
          return null;
        })
      : null;
    if (!client) return;
    this.floor.setWaitingClient(callId, { id: client.id, name: client.name });
    const caller = this.floor.waitingCaller(callId);
    if (caller) this.outbox.callerJoined(caller);
  }

  private sendStats(queue: string): void {
    this.outbox.queueStats(this.floor.stats(queue, new Date()));
  }

  private syncAgents(): void {
    const at = new Date();
    const owners = this.directory.extensions().flatMap((extension) => this.directory.owner(extension) ?? []);
    const current = new Set(owners.map((owner) => owner.id));
    for (const userId of this.floor.agentIds()) if (!current.has(userId)) this.floor.removeAgent(userId);
    for (const owner of owners) this.floor.addAgent(owner, at);
  }

  private async addPbxQueues(): Promise<void> {
    try {
      (await this.pbx.queues()).forEach((queue) => this.floor.addQueue(queue));
      this.publish();
    } catch (error) {
      this.logger.debug({ reason: (error as Error).message }, 'Queues not listed yet');
    }
  }

  /** The floor names calls by their stored id, as the rest of the CRM does. */
  private withCallIds(event: PbxEvent): PbxEvent {
    if ('callId' in event) return { ...event, callId: callIdOf(this.config.pbx.id, event.callId) };
    if (event.type !== 'queue.callersListed') return event;
    const callers = event.callers.map((caller) => ({
      ...caller,
      callId: callIdOf(this.config.pbx.id, caller.callId),
    }));
    return { ...event, callers };
  }
}
