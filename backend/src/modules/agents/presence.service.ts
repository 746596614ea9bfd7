import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AgentPresence } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ValidationFailedError } from '../../core/http/domain-error';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { ConsoleSettingsService } from '../console-settings/console-settings.service';
import { PbxService } from '../pbx/pbx.service';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { NoExtensionError } from '../users/users.errors';
import { PauseDto } from './dto/pause.dto';
import { PbxPresence, WRAP_UP_REASON, WrapUp, emptyPresence, nextPresence, statusOf } from './presence-state';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { CallEndedEvent, CallWrappedUpEvent } from '../../core/events/domain-events';

interface ActiveWrapUp extends WrapUp {
  timer: NodeJS.Timeout | null;
  /** Whether the wrap-up paused the agent in the PBX (and so must unpause them). */
  pausedByUs: boolean;
}

/**
 * Agents' presence as the PBX reports it (queue membership, pause, the phone's state) and their wrap-up
 * time after each answered call, told to the agent and to supervisors as it changes. Queue log-ins and
 * pauses go to the PBX; the state changes when the PBX confirms them, so the screen shows what the PBX did.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceService.name);
  private readonly byExtension = new Map<string, PbxPresence>();
  private readonly wrapUps = new Map<string, ActiveWrapUp>();

  constructor(
    private readonly pbx: PbxService,
    private readonly directory: ExtensionDirectory,
    private readonly settings: ConsoleSettingsService,
    private readonly publisher: RealtimePublisher,
    private readonly events: DomainEventBus,
  ) {}

  @OnDomainEvent('pbx.eventReceived')
  handle(event: PbxEvent): void {
    if (event.type !== 'agent.deviceChanged' && event.type !== 'agent.queueChanged') return;
    const owner = this.directory.owner(event.agent);
    if (!owner) return;
    const next = nextPresence(this.byExtension.get(event.agent), owner.id, event);
    if (!next) return;
    this.byExtension.set(event.agent, next);
    this.publish(next);
  }

  /** After an answered call the agent wraps up: paused in the PBX until saved, or until the time limit. */
  @OnDomainEvent('call.ended', { promisify: true })
  async startWrapUp(call: CallEndedEvent): Promise<void> {
    const extension = call.agentId ? this.directory.extensionOf(call.agentId) : null;
    if (!call.agentId || !extension || call.disposition !== 'answered') return;
    const userId = call.agentId;
    this.clearTimer(userId);
    const { wrapUpSeconds } = await this.settings.get();
    const presence = this.presenceOf(userId, extension);
    const pausedByUs =
      this.wrapUps.get(userId)?.pausedByUs ??
      (presence.queues.length > 0 && presence.queues.every((entry) => !entry.paused));
    const until = wrapUpSeconds ? new Date(Date.now() + wrapUpSeconds * 1000) : null;
    const timer = until ? setTimeout(() => void this.endWrapUp(userId), until.getTime() - Date.now()) : null;
    this.wrapUps.set(userId, { callId: call.id, until, timer, pausedByUs });
    if (pausedByUs) await this.setPaused(extension, true);
    this.publish(presence);
  }

  @OnDomainEvent('call.wrappedUp', { promisify: true })
  /** Saving the wrap-up of the call being wrapped up ends it; an older call's wrap-up changes nothing. */
  async wrappedUp({ userId, callId }: CallWrappedUpEvent): Promise<void> {
    if (this.wrapUps.get(userId)?.callId === callId) await this.endWrapUp(userId);
  }

  mine(user: AuthenticatedUser): AgentPresence {
    return this.presenceFor(user.id, this.extensionOf(user.id));
  }

  presenceFor(userId: string, extension: string): AgentPresence {
    return this.view(this.presenceOf(userId, extension));
  }

  /** Everyone with an extension the PBX has told us about. */
  all(): AgentPresence[] {
    return [...this.byExtension.values()]
      .filter((presence) => this.directory.owner(presence.extension))
      .map((presence) => this.view(presence));
  }

  ready(user: AuthenticatedUser): Promise<void> {
    this.extensionOf(user.id);
    return this.endWrapUp(user.id);
  }

  /** The queues an agent can join: the PBX's own list. */
  queues(): Promise<string[]> {
    return this.pbx.queues();
  }

  joinQueue(user: AuthenticatedUser, queue: string): Promise<void> {
    return this.pbx.addQueueMember({ agent: this.extensionOf(user.id), queue });
  }

  /** The agent leaves the queue, by their own choice or a supervisor's. */
  leaveQueue(userId: string, queue: string): Promise<void> {
    return this.pbx.removeQueueMember({ agent: this.extensionOf(userId), queue });
  }

  /** A pause, by the agent or a supervisor, needs one of the admin's reasons. */
  async pause(userId: string, { paused, reason, queue }: PauseDto): Promise<void> {
    const agent = this.extensionOf(userId);
    const { pauseReasons } = await this.settings.get();
    if (paused && (!reason || !pauseReasons.includes(reason))) {
      throw new ValidationFailedError([
        { field: 'reason', code: 'NOT_ALLOWED', reason: `must be one of ${pauseReasons.join(', ')}` },
      ]);
    }
    await this.pbx.pauseQueueMember({ agent, paused, reason: paused ? reason : null, queue });
    // A pause the agent chose themselves outlives the wrap-up: it must not be lifted when that ends.
    const wrapUp = this.wrapUps.get(userId);
    if (wrapUp) wrapUp.pausedByUs = false;
  }

  onModuleDestroy(): void {
    for (const userId of this.wrapUps.keys()) this.clearTimer(userId);
  }

  private async endWrapUp(userId: string): Promise<void> {
    const wrapUp = this.wrapUps.get(userId);
    const extension = this.directory.extensionOf(userId);
    if (!wrapUp || !extension) return;
    this.clearTimer(userId);
    this.wrapUps.delete(userId);
    if (wrapUp.pausedByUs) await this.setPaused(extension, false);
    this.publish(this.presenceOf(userId, extension));
  }

  private async setPaused(agent: string, paused: boolean): Promise<void> {
    await this.pbx
      .pauseQueueMember({ agent, paused, reason: paused ? WRAP_UP_REASON : null })
      .catch((error: Error) => this.logger.warn({ agent, reason: error.message }, 'Wrap-up pause failed'));
  }

  private clearTimer(userId: string): void {
    const timer = this.wrapUps.get(userId)?.timer;
    if (timer) clearTimeout(timer);
  }

  private presenceOf(userId: string, extension: string): PbxPresence {
    return this.byExtension.get(extension) ?? emptyPresence(userId, extension, new Date());
  }

  private view(presence: PbxPresence): AgentPresence {
    return statusOf(presence, this.wrapUps.get(presence.userId) ?? null);
  }

  private publish(presence: PbxPresence): void {
    const view = this.view(presence);
    this.publisher.toUser(presence.userId, 'agent.statusChanged', view);
    this.publisher.toSupervisors('agent.statusChanged', view);
    this.events.emit('agent.presenceChanged', view);
  }

  private extensionOf(userId: string): string {
    const extension = this.directory.extensionOf(userId);
    if (!extension) throw new NoExtensionError();
    return extension;
  }
}
