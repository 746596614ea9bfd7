import { MonitorMode, PbxLinkState } from '@switchboard/contracts';
import {
  MonitorRequest,
  OriginateRequest,
  PauseMemberRequest,
  PbxActionUnsupportedError,
  PbxAdapter,
  PbxListener,
  QueueMemberRequest,
} from '../port/pbx-adapter';
import { PbxEvent } from '../port/pbx-events';
import { BinotelApiClient, BinotelApiOptions } from './binotel-api';
import { BinotelCallTracker, BinotelCallTrackerOptions } from './binotel-call-tracker';
import { BINOTEL_COMPLETED_ACK, BinotelCallSettingsReply, buildCallSettingsReply } from './binotel-reply';
import { BinotelWebhook, parseBinotelWebhook } from './binotel-webhook';

export interface BinotelCustomer {
  name: string;
  url: string | null;
}

export interface BinotelAdapterOptions {
  api: BinotelApiOptions;
  /** Who is calling, for the name on the employee's phone and the link in Binotel's plugin. */
  lookupCustomer(number: string): Promise<BinotelCustomer | null>;
  tracker?: BinotelCallTrackerOptions;
}

export interface BinotelReceipt {
  webhook: BinotelWebhook;
  events: PbxEvent[];
  /** The JSON body to answer Binotel with; null when any 200 will do. */
  reply: BinotelCallSettingsReply | typeof BINOTEL_COMPLETED_ACK | null;
}

/**
 * Binotel as a PBX. Binotel pushes webhooks to the CRM, so there is no link to hold: the adapter is
 * `connected` from `start()` until `stop()`, and the backend's webhook controller feeds it through
 * `receive`. Binotel's API has no queue membership and no call monitoring, so those actions throw
 * `PbxActionUnsupportedError`.
 */
export class BinotelAdapter implements PbxAdapter {
  private state: PbxLinkState = 'disconnected';
  private readonly listeners: PbxListener[] = [];
  private readonly tracker: BinotelCallTracker;
  private readonly api: BinotelApiClient;

  constructor(private readonly options: BinotelAdapterOptions) {
    this.tracker = new BinotelCallTracker(options.tracker);
    this.api = new BinotelApiClient(options.api);
  }

  get linkState(): PbxLinkState {
    return this.state;
  }

  onEvent(listener: PbxListener): void {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    this.state = 'connected';
  }

  async stop(): Promise<void> {
    this.state = 'disconnected';
  }

  /**
   * One webhook body: parsed (a bad one throws `BinotelWebhookError`), tracked, its events given to the
   * listeners, then the answer Binotel waits for. The events go out before the customer lookup, so a
   * failing lookup (which rejects) loses no event.
   */
  async receive(body: unknown): Promise<BinotelReceipt> {
    const webhook = parseBinotelWebhook(body);
    const events = this.tracker.handle(webhook);
    for (const event of events) for (const listener of this.listeners) listener(event);
    return { webhook, events, reply: await this.reply(webhook) };
  }

  /**
   * Binotel chooses the call's id itself, so `request.callId` cannot be imposed: this answers Binotel's
   * `generalCallID`, which the call's webhooks carry (the chosen id only when Binotel gave none).
   */
  async originate(request: OriginateRequest): Promise<string> {
    return (await this.originateCall(request)) ?? request.callId;
  }

  /** Click-to-call; resolves to the `generalCallID` Binotel gave the new call, or null when it gave none. */
  originateCall(request: Pick<OriginateRequest, 'agent' | 'number'>): Promise<string | null> {
    return this.api.internalNumberToExternalNumber({
      internalNumber: request.agent,
      externalNumber: request.number,
    });
  }

  async addQueueMember(_request: QueueMemberRequest): Promise<void> {
    throw new PbxActionUnsupportedError('addQueueMember');
  }

  async removeQueueMember(_request: QueueMemberRequest): Promise<void> {
    throw new PbxActionUnsupportedError('removeQueueMember');
  }

  async pauseQueueMember(_request: PauseMemberRequest): Promise<void> {
    throw new PbxActionUnsupportedError('pauseQueueMember');
  }

  async queues(): Promise<string[]> {
    throw new PbxActionUnsupportedError('queues');
  }

  async startMonitor(_request: MonitorRequest): Promise<void> {
    throw new PbxActionUnsupportedError('startMonitor');
  }

  async changeMonitorMode(_sessionId: string, _mode: MonitorMode): Promise<void> {
    throw new PbxActionUnsupportedError('changeMonitorMode');
  }

  async stopMonitor(_sessionId: string): Promise<void> {
    throw new PbxActionUnsupportedError('stopMonitor');
  }

  private async reply(webhook: BinotelWebhook): Promise<BinotelReceipt['reply']> {
    if (webhook.requestType === 'apiCallCompleted') return BINOTEL_COMPLETED_ACK;
    if (webhook.requestType !== 'apiCallSettings') return null;
    const customer = await this.options.lookupCustomer(webhook.externalNumber);
    return customer ? buildCallSettingsReply(customer.name, customer.url) : {};
  }
}
