import { Inject, Injectable, Logger } from '@nestjs/common';
import { CallDirection, ScreenPop } from '@switchboard/contracts';
import { PbxEvent, PbxEventTiming } from '@switchboard/telephony';
import { KeyedSerialQueue } from '../../../core/async/keyed-serial-queue';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { PopMetrics } from '../../../core/metrics/pop.metrics';
import { RealtimePublisher } from '../../../core/realtime/realtime.publisher';
import { ExtensionDirectory } from '../../users/extension-directory.service';
import { callIdOf } from '../call-id';
import { ScreenPopBuilder } from './screen-pop.builder';
import { OnDomainEvent } from '../../../core/events/on-domain-event';
import { DomainEventBus } from '../../../core/events/domain-event-bus';

interface LiveCall {
  direction: CallDirection;
  /** Users whose console got the pop: each gets it once per call, and hears how the call goes on. */
  popped: Set<string>;
  /** Built once per call, however many agents ring. */
  pop: Promise<ScreenPop> | null;
  /** Whether `call.popBuilt` went out, after the first agent's pop. */
  shared: boolean;
}

/**
 * The screen-pop: when an agent's phone rings, that agent's consoles (and only theirs) get `call.ringing`
 * with the caller's card, before anyone answers; then `call.ringStopped`, `call.answered` and `call.ended`
 * for the same call. It reads PBX events directly, so it never waits for the call record to be written.
 */
@Injectable()
export class ScreenPopService {
  private readonly logger = new Logger(ScreenPopService.name);
  private readonly live = new Map<string, LiveCall>();
  /** A call's messages go out in the PBX's order even while its pop is still being built. */
  private readonly perCall = new KeyedSerialQueue();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: ExtensionDirectory,
    private readonly builder: ScreenPopBuilder,
    private readonly publisher: RealtimePublisher,
    private readonly metrics: PopMetrics,
    private readonly events: DomainEventBus,
  ) {}

  /** Pops a click-to-call on the agent who placed it, before the PBX has said anything of it. */
  popOutbound(callId: string, userId: string, number: string): Promise<void> {
    return this.perCall.run(callId, () =>
      this.pop(this.callOf(callId, 'outbound'), callId, userId, number, null),
    );
  }

  @OnDomainEvent('pbx.eventReceived', { promisify: true })
  async handle(event: PbxEvent): Promise<void> {
    if (!('callId' in event)) return;
    const callId = callIdOf(this.config.pbx.id, event.callId);
    await this.perCall
      .run(callId, () => this.follow(callId, event))
      .catch((error: Error) => this.logger.error({ callId, reason: error.message }, 'Screen-pop failed'));
  }

  private async follow(callId: string, event: Extract<PbxEvent, { callId: string }>): Promise<void> {
    switch (event.type) {
      case 'call.started':
        this.callOf(callId, event.direction);
        return;
      case 'agent.ringing':
        return this.ring(callId, event);
      case 'agent.stoppedRinging':
        return this.toAgent(callId, event.agent, (userId) =>
          this.publisher.toUser(userId, 'call.ringStopped', { callId, reason: event.reason }),
        );
      case 'call.answered':
        return this.answered(callId, event.agent, event.at);
      case 'call.ended':
        return this.ended(callId, event);
    }
  }

  private async ring(callId: string, event: Extract<PbxEvent, { type: 'agent.ringing' }>): Promise<void> {
    const owner = this.directory.owner(event.agent);
    if (!owner)
      return this.logger.debug({ callId, agent: event.agent }, 'A phone without a user rings; no pop');
    await this.pop(
      this.callOf(callId, 'inbound'),
      callId,
      owner.id,
      event.callerNumber,
      event.queue,
      event.timing,
      event.selfServiceChoice,
    );
  }

  private async pop(
    call: LiveCall,
    callId: string,
    userId: string,
    number: string,
    queue: string | null,
    timing?: PbxEventTiming,
    selfServiceChoice?: string,
  ) {
    if (call.popped.has(userId)) return;
    call.popped.add(userId);
    call.pop ??= this.builder.build({ callId, direction: call.direction, number, queue, selfServiceChoice });
    const pop = await call.pop;
    const builtAt = performance.now();
    this.publisher.toUser(userId, 'call.ringing', pop);
    if (timing) this.metrics.popped(timing, builtAt, performance.now());
    this.logger.debug({ callId, userId }, 'Screen-pop sent');
    if (!call.shared) {
      call.shared = true;
      this.events.emit('call.popBuilt', pop);
    }
  }

  private answered(callId: string, agent: string, at: Date): void {
    const call = this.live.get(callId);
    const owner = this.directory.owner(agent);
    if (!call || !owner) return;
    call.popped.add(owner.id);
    this.publisher.toUser(owner.id, 'call.answered', { callId, answeredAt: at.toISOString() });
  }

  private ended(callId: string, event: Extract<PbxEvent, { type: 'call.ended' }>): void {
    const call = this.live.get(callId);
    this.live.delete(callId);
    if (!call) return;
    const payload = {
      callId,
      disposition: event.disposition,
      talkSeconds: event.talkSeconds,
      endedAt: event.at.toISOString(),
    };
    for (const userId of call.popped) this.publisher.toUser(userId, 'call.ended', payload);
  }

  private toAgent(callId: string, agent: string, send: (userId: string) => void): void {
    const owner = this.directory.owner(agent);
    if (owner && this.live.get(callId)?.popped.has(owner.id)) send(owner.id);
  }

  private callOf(callId: string, direction: CallDirection): LiveCall {
    let call = this.live.get(callId);
    if (!call) {
      call = { direction, popped: new Set(), pop: null, shared: false };
      this.live.set(callId, call);
    }
    return call;
  }
}
