import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from '@nestjs/common';
import { MonitorMode, PbxLinkState } from '@switchboard/contracts';
import {
  AsteriskAmiAdapter,
  MonitorRequest,
  OriginateRequest,
  PauseMemberRequest,
  PbxActionUnsupportedError as AdapterUnsupported,
  PbxAdapter,
  QueueMemberRequest,
} from '@switchboard/telephony';
import { PbxMetrics } from '../../core/metrics/pbx.metrics';
import { PBX_ADAPTER } from './pbx-adapter.provider';
import { PbxActionFailedError, PbxActionUnsupportedError, PbxNotConnectedError } from './pbx.errors';
import { DomainEventBus } from '../../core/events/domain-event-bus';

/**
 * The backend's one link to the PBX: starts the configured adapter without holding up the boot, hands
 * every PBX event on as an in-process event, and runs actions with domain errors for what can go wrong.
 */
@Injectable()
export class PbxService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PbxService.name);

  constructor(
    @Inject(PBX_ADAPTER) private readonly adapter: PbxAdapter | null,
    private readonly events: DomainEventBus,
    metrics: PbxMetrics,
  ) {
    metrics.watchLink(() => this.linkState);
  }

  get linkState(): PbxLinkState {
    return this.adapter?.linkState ?? 'not-configured';
  }

  onApplicationBootstrap(): void {
    if (!this.adapter) return;
    this.adapter.onEvent((event) => this.events.emit('pbx.eventReceived', event));
    this.adapter
      .start()
      .catch((error: Error) => this.logger.error({ reason: error.message }, 'PBX link not up yet; retrying'));
  }

  /** Before the sockets close: events from the PBX stop first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.adapter?.stop();
  }

  /** Resolves with the PBX's id of the new call. */
  originate(request: OriginateRequest): Promise<string> {
    return this.run('Originate', (adapter) => adapter.originate(request));
  }

  addQueueMember(request: QueueMemberRequest): Promise<void> {
    return this.run('QueueAdd', (adapter) => adapter.addQueueMember(request));
  }

  removeQueueMember(request: QueueMemberRequest): Promise<void> {
    return this.run('QueueRemove', (adapter) => adapter.removeQueueMember(request));
  }

  pauseQueueMember(request: PauseMemberRequest): Promise<void> {
    return this.run('QueuePause', (adapter) => adapter.pauseQueueMember(request));
  }

  queues(): Promise<string[]> {
    return this.run('QueueSummary', (adapter) => adapter.queues());
  }

  startMonitor(request: MonitorRequest): Promise<void> {
    return this.run('monitoring', (adapter) => adapter.startMonitor(request));
  }

  changeMonitorMode(sessionId: string, mode: MonitorMode): Promise<void> {
    return this.run('a monitoring mode change', (adapter) => adapter.changeMonitorMode(sessionId, mode));
  }

  stopMonitor(sessionId: string): Promise<void> {
    return this.run('stopping monitoring', (adapter) => adapter.stopMonitor(sessionId));
  }

  /** An AMI action the port has no word for (the demo phone's); only an Asterisk link can take it. */
  amiAction(action: string, fields: Record<string, string | number>): Promise<void> {
    return this.run(action, (adapter) => {
      if (!(adapter instanceof AsteriskAmiAdapter)) throw new AdapterUnsupported(action);
      return adapter.sendAction(action, fields);
    });
  }

  private async run<T>(action: string, work: (adapter: PbxAdapter) => Promise<T>): Promise<T> {
    if (!this.adapter || this.adapter.linkState !== 'connected') throw new PbxNotConnectedError();
    try {
      return await work(this.adapter);
    } catch (error) {
      if (error instanceof AdapterUnsupported) throw new PbxActionUnsupportedError(action);
      throw new PbxActionFailedError(action, (error as Error).message);
    }
  }
}
