import { MonitorMode, PbxLinkState } from '@switchboard/contracts';
import {
  MonitorRequest,
  OriginateRequest,
  PauseMemberRequest,
  PbxAdapter,
  PbxListener,
  QueueMemberRequest,
} from '../port/pbx-adapter';
import { PbxEvent, PbxEventTiming } from '../port/pbx-events';
import { AmiClient, AmiClientOptions } from './ami-client';
import { AmiMessage } from './ami-parser';
import { AsteriskCallTracker, LiveChannel } from './asterisk-call-tracker';
import { AsteriskMonitor, isMonitorEvent } from './asterisk-monitor';
import { isReminderDialogue, isReminderEvent, reminderEvents } from './asterisk-reminders';
import { isSurveyEvent, surveyEvents } from './asterisk-surveys';
import { presenceEvents } from './asterisk-presence';
import { waitingCallers } from './queue-entries';
import { MemberInterfaces } from './member-interfaces';

export interface AsteriskAmiAdapterOptions extends AmiClientOptions {
  /** Context of dialplans/extensions.conf that dials the customer once the agent picked up. */
  originateContext: string;
  /** Context that runs ChanSpy for a supervisor's phone (dialplans/extensions.conf); `crm-monitor` by default. */
  monitorContext?: string;
  isAgent?: (extension: string) => boolean;
  /** A frame that could not be read; it was skipped. */
  onMalformed?: (frame: string, reason: string) => void;
  onLinkChanged?: (state: PbxLinkState, reason?: string) => void;
  /** The PBX refused the login (each time, as the client retries with backoff): worth a warning. */
  onLoginRefused?: (reason: string) => void;
  now?: () => Date;
}

/**
 * The Asterisk adapter: AMI over TCP. After every (re)connect it lists live channels and queue members
 * (CoreShowChannels, QueueStatus) and aligns its state with them, holding back events that arrive while
 * it does, so a call that ended during an outage ends and nothing is reported twice.
 */
export class AsteriskAmiAdapter implements PbxAdapter {
  private readonly client: AmiClient;
  private readonly tracker: AsteriskCallTracker;
  private readonly listeners: PbxListener[] = [];
  private state: PbxLinkState = 'disconnected';
  /** Events held back while a resync runs, with their read times; null when none does. */
  private heldBack: { event: AmiMessage; readAt: number }[] | null = null;
  private readonly now: () => Date;
  private readonly members = new MemberInterfaces();
  private readonly monitor: AsteriskMonitor;

  constructor(private readonly options: AsteriskAmiAdapterOptions) {
    this.now = options.now ?? (() => new Date());
    this.client = new AmiClient(options);
    this.tracker = new AsteriskCallTracker({ now: this.now, isAgent: options.isAgent });
    this.monitor = new AsteriskMonitor(
      (name, fields) => this.client.action(name, fields),
      options.monitorContext ?? 'crm-monitor',
      this.now,
    );
    this.client.on('event', (event, readAt) =>
      this.heldBack ? this.heldBack.push({ event, readAt }) : this.handle(event, readAt),
    );
    this.client.on('malformed', (frame, reason) => options.onMalformed?.(frame, reason));
    this.client.on('connected', () => void this.resync());
    this.client.on('disconnected', (reason) => this.setState('disconnected', reason));
    this.client.on('refused', (error) => options.onLoginRefused?.(error.message));
  }

  get linkState(): PbxLinkState {
    return this.state;
  }

  onEvent(listener: PbxListener): void {
    this.listeners.push(listener);
  }

  /** Resolves once logged in; the first refused login rejects. Retries go on in the background. */
  async start(): Promise<void> {
    this.setState('connecting');
    await this.client.connect();
  }

  stop(): Promise<void> {
    return this.client.close();
  }

  /** `ChannelId` makes the agent's channel, and so the call's Linkedid, the id chosen up front. */
  async originate({ callId, agent, number, callerName }: OriginateRequest): Promise<string> {
    await this.client.action('Originate', {
      Channel: `PJSIP/${agent}`,
      Context: this.options.originateContext,
      Exten: number,
      Priority: 1,
      CallerID: callerName ? `"${callerName.replace(/"/g, '')}" <${number}>` : number,
      Async: 'true',
      ChannelId: callId,
      Timeout: 30_000,
    });
    this.tracker.expectOriginate(callId);
    return callId;
  }

  async addQueueMember({ agent, queue }: QueueMemberRequest): Promise<void> {
    await this.client.action('QueueAdd', {
      Queue: queue,
      Interface: this.members.of(agent),
      MemberName: agent,
    });
  }

  async removeQueueMember({ agent, queue }: QueueMemberRequest): Promise<void> {
    await this.client.action('QueueRemove', { Queue: queue, Interface: this.members.of(agent) });
  }

  async pauseQueueMember({ agent, paused, reason, queue }: PauseMemberRequest): Promise<void> {
    await this.client.action('QueuePause', {
      Interface: this.members.of(agent),
      Paused: paused ? 'true' : 'false',
      Queue: queue ?? undefined,
      Reason: reason ?? undefined,
    });
  }

  async queues(): Promise<string[]> {
    const summaries = await this.client.actionList('QueueSummary');
    return summaries
      .map((summary) => summary['queue'])
      .filter((queue): queue is string => Boolean(queue))
      .sort((a, b) => a.localeCompare(b));
  }

  startMonitor(request: MonitorRequest): Promise<void> {
    return this.monitor.start(request);
  }

  changeMonitorMode(sessionId: string, mode: MonitorMode): Promise<void> {
    return this.monitor.changeMode(sessionId, mode);
  }

  stopMonitor(sessionId: string): Promise<void> {
    return this.monitor.stop(sessionId);
  }

  /**
   * Any other AMI action as it is, resolving once the PBX accepted it: what the port has no word for, such as
   * the demo simulator's phone (`Hangup` of an agent's channel, `DemoAnswer`).
   */
  async sendAction(name: string, fields: Record<string, string | number | undefined>): Promise<void> {
    await this.client.action(name, fields);
  }

  private async resync(): Promise<void> {
    this.heldBack = [];
    try {
      const [channels, queues] = await Promise.all([
        this.client.actionList('CoreShowChannels'),
        this.client.actionList('QueueStatus'),
      ]);
      const [spies, calls] = partition(channels, isMonitorEvent);
      this.emit(this.monitor.resync(spies));
      this.emit(
        this.tracker.resync(
          calls.filter((item) => !isSurveyEvent(item) && !isReminderDialogue(item)).map(liveChannel),
        ),
      );
      for (const item of queues) {
        this.members.observe(item);
        this.emit(presenceEvents(item, this.now()));
      }
      this.emit([waitingCallers(queues, channels, this.now())]);
      this.setState('connected');
    } catch (error) {
      this.setState('disconnected', `resync failed: ${(error as Error).message}`);
    } finally {
      const held = this.heldBack ?? [];
      this.heldBack = null;
      held.forEach(({ event, readAt }) => this.handle(event, readAt));
    }
  }

  private handle(event: AmiMessage, readAt: number): void {
    // A survey call rings a client, not an agent: it is the surveys' business, never a call of the console.
    if (isSurveyEvent(event)) return this.emit(surveyEvents(event, this.now()));
    // A supervisor's spy channel rings their phone like a click-to-call would: it must not become a call.
    if (isMonitorEvent(event)) return this.emit(this.monitor.handle(event));
    // A reminder call talks to the client alone unless they press 2: then it joins the queue as a caller, and the
    // tracker (which starts a call only when it reaches a queue or an agent) makes it a call of the console.
    if (isReminderEvent(event)) this.emit(reminderEvents(event, this.now()));
    this.emit(this.monitor.handle(event));
    const calls = this.tracker.handle(event);
    if (calls.length > 0)
      this.emit(withTiming(calls, { frameReadAt: readAt, normalizedAt: performance.now() }));
    this.members.observe(event);
    this.emit(presenceEvents(event, this.now()));
  }

  private emit(events: PbxEvent[]): void {
    for (const event of events) for (const listener of this.listeners) listener(event);
  }

  private setState(state: PbxLinkState, reason?: string): void {
    if (this.state === state) return;
    this.state = state;
    this.options.onLinkChanged?.(state, reason);
  }
}

function withTiming(events: PbxEvent[], timing: PbxEventTiming): PbxEvent[] {
  return events.map((event) => ('callId' in event ? { ...event, timing } : event));
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

function liveChannel(item: AmiMessage): LiveChannel {
  return {
    linkedid: item['linkedid'],
    uniqueid: item['uniqueid'],
    channel: item['channel'],
    callerNumber: item['calleridnum'] ?? '',
    bridged: Boolean(item['bridgeid']) && item['channelstate'] === '6',
  };
}
