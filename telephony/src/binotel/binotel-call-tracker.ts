import { CallDirection } from '@switchboard/contracts';
import { PbxEvent, RingStopReason } from '../port/pbx-events';
import { BoundedSet } from './bounded-set';
import { callDisposition, ringStopReason } from './binotel-disposition';
import {
  BinotelAnsweredTheCallWebhook,
  BinotelCallCompletedWebhook,
  BinotelHangupTheCallWebhook,
  BinotelReceivedTheCallWebhook,
  BinotelTransferredTheCallWebhook,
  BinotelWebhook,
} from './binotel-webhook';

interface TrackedCall {
  callId: string;
  direction: CallDirection;
  callerNumber: string;
  startedAt: Date;
  ringing: Set<string>;
  attempts: Map<string, number>;
  /** Who has the call: the answering (or transfer target) agent, or the agent who placed it. */
  agent: string | null;
  answeredAt: Date | null;
  hungUpAt: Date | null;
}

/** The call as one webhook describes it, enough to start tracking it. */
interface CallOpening {
  callId: string;
  direction: CallDirection;
  externalNumber: string | null;
  pbxNumber: string | null;
  internalNumber: string | null;
}

export interface BinotelCallTrackerOptions {
  now?: () => Date;
  /** How many webhook keys to remember for deduplication. */
  memory?: number;
  /** Calls in progress kept at most; the oldest is forgotten first (its apiCallCompleted still stores it). */
  maxActiveCalls?: number;
}

/**
 * Turns Binotel's webhooks into call events, one call per `generalCallID`. Binotel retries webhooks
 * (apiCallCompleted up to 7 times until it reads `{"status":"success"}`), so each webhook is keyed by what
 * makes it different from the others of its call, and a key seen before yields nothing. Once a call has
 * completed, late webhooks for it are ignored too.
 *
 * Every intermediate webhook is optional in Binotel's settings: whichever arrives first starts the call,
 * and apiCallCompleted alone still yields `call.started` then `call.ended`. The agent's phone rings only on
 * inbound calls (an outbound call is placed by the agent, who is then the call's agent). Binotel has no
 * queue names in its webhooks, so `queue` is always null.
 */
export class BinotelCallTracker {
  private readonly calls = new Map<string, TrackedCall>();
  private readonly seen: BoundedSet;
  private readonly now: () => Date;
  private readonly maxActiveCalls: number;

  constructor(options: BinotelCallTrackerOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.seen = new BoundedSet(options.memory ?? 10_000);
    this.maxActiveCalls = options.maxActiveCalls ?? 5_000;
  }

  /** The call events one webhook means (often none). */
  handle(webhook: BinotelWebhook): PbxEvent[] {
    const callId =
      webhook.requestType === 'apiCallCompleted' ? webhook.call.generalCallId : webhook.generalCallId;
    if (callId === null || this.seen.has(completedKey(callId)) || !this.seen.add(dedupKey(webhook)))
      return [];
    switch (webhook.requestType) {
      case 'apiCallSettings':
      case 'receivedTheCall':
        return this.received({ ...webhook, callId }, webhook);
      case 'answeredTheCall':
        return this.answered(webhook);
      case 'transferredTheCall':
        return this.transferred(webhook);
      case 'hangupTheCall':
        return this.hungUp(webhook);
      case 'apiCallCompleted':
        return this.completed(webhook);
    }
  }

  /** Calls in progress. */
  get activeCalls(): number {
    return this.calls.size;
  }

  private received(
    opening: CallOpening,
    webhook: Pick<BinotelReceivedTheCallWebhook, 'internalNumber'>,
  ): PbxEvent[] {
    const { call, events } = this.open(opening);
    if (call.direction === 'inbound') return [...events, ...this.ring(call, webhook.internalNumber)];
    call.agent ??= webhook.internalNumber;
    return events;
  }

  private answered(webhook: BinotelAnsweredTheCallWebhook): PbxEvent[] {
    const direction = webhook.direction ?? this.calls.get(webhook.generalCallId)?.direction ?? 'inbound';
    const { call, events } = this.open({ ...webhook, callId: webhook.generalCallId, direction });
    if (call.answeredAt !== null) return events;
    const at = this.now();
    call.answeredAt = at;
    const agent =
      call.direction === 'inbound'
        ? (webhook.internalNumber ?? call.agent)
        : (call.agent ?? webhook.internalNumber);
    call.agent = agent;
    if (agent !== null) call.ringing.delete(agent);
    const stopped = this.stopRinging(call, 'answered-elsewhere', at);
    if (agent === null) return [...events, ...stopped];
    const waitSeconds = Math.max(0, Math.round((at.getTime() - call.startedAt.getTime()) / 1000));
    return [
      ...events,
      ...stopped,
      { type: 'call.answered', callId: call.callId, at, agent, queue: null, waitSeconds },
    ];
  }

  private transferred(webhook: BinotelTransferredTheCallWebhook): PbxEvent[] {
    const call = this.calls.get(webhook.generalCallId);
    // Nothing to transfer from; the call's apiCallCompleted will still store it.
    if (!call || call.agent === webhook.internalNumber) return [];
    const from = call.agent;
    call.agent = webhook.internalNumber;
    return [
      {
        type: 'call.transferred',
        callId: call.callId,
        at: this.now(),
        from,
        to: webhook.internalNumber,
        kind: 'blind',
      },
    ];
  }

  /** The final state comes with apiCallCompleted; here only the phones that still ring stop. */
  private hungUp(webhook: BinotelHangupTheCallWebhook): PbxEvent[] {
    const call = this.calls.get(webhook.generalCallId);
    if (!call) return [];
    const at = this.now();
    call.hungUpAt = at;
    return this.stopRinging(call, ringStopReason(webhook.disposition), at);
  }

  private completed(webhook: BinotelCallCompletedWebhook): PbxEvent[] {
    const details = webhook.call;
    const callId = details.generalCallId;
    this.seen.add(completedKey(callId));
    const known = this.calls.get(callId);
    this.calls.delete(callId);
    const fallbackEnd = details.startTime
      ? new Date(details.startTime.getTime() + (details.waitsec + details.billsec) * 1000)
      : this.now();
    const endedAt = known?.hungUpAt ?? fallbackEnd;
    const before: PbxEvent[] = known
      ? this.stopRinging(known, ringStopReason(details.disposition), endedAt)
      : [this.startedEvent({ ...details, callId }, details.startTime ?? endedAt)];
    const disposition = callDisposition(details.disposition, details.direction, details.billsec);
    const ended: PbxEvent = {
      type: 'call.ended',
      callId,
      at: endedAt,
      disposition,
      agent: endingAgent(webhook, known, disposition === 'answered'),
      talkSeconds: details.billsec,
      recording: details.billsec > 0 ? details.recordingLink : null,
    };
    return [...before, ended];
  }

  private open(opening: CallOpening): { call: TrackedCall; events: PbxEvent[] } {
    const existing = this.calls.get(opening.callId);
    if (existing) return { call: existing, events: [] };
    const at = this.now();
    const started = this.startedEvent(opening, at);
    const call: TrackedCall = {
      callId: opening.callId,
      direction: opening.direction,
      callerNumber: started.type === 'call.started' ? started.callerNumber : '',
      startedAt: at,
      ringing: new Set(),
      attempts: new Map(),
      agent: opening.direction === 'outbound' ? opening.internalNumber : null,
      answeredAt: null,
      hungUpAt: null,
    };
    this.calls.set(call.callId, call);
    this.forgetOldestCalls();
    return { call, events: [started] };
  }

  private startedEvent(opening: CallOpening, at: Date): PbxEvent {
    const inbound = opening.direction === 'inbound';
    return {
      type: 'call.started',
      callId: opening.callId,
      at,
      direction: opening.direction,
      callerNumber: (inbound ? opening.externalNumber : opening.internalNumber) ?? '',
      calleeNumber: inbound ? opening.pbxNumber : opening.externalNumber,
      queue: null,
    };
  }

  private ring(call: TrackedCall, agent: string | null): PbxEvent[] {
    if (agent === null || call.answeredAt !== null || call.ringing.has(agent)) return [];
    const attempt = (call.attempts.get(agent) ?? 0) + 1;
    call.attempts.set(agent, attempt);
    call.ringing.add(agent);
    return [
      {
        type: 'agent.ringing',
        callId: call.callId,
        at: this.now(),
        agent,
        callerNumber: call.callerNumber,
        queue: null,
        attempt,
      },
    ];
  }

  private stopRinging(call: TrackedCall, reason: RingStopReason, at: Date): PbxEvent[] {
    const stopped = [...call.ringing].map((agent): PbxEvent => ({
      type: 'agent.stoppedRinging',
      callId: call.callId,
      at,
      agent,
      reason,
    }));
    call.ringing.clear();
    return stopped;
  }

  private forgetOldestCalls(): void {
    for (const callId of this.calls.keys()) {
      if (this.calls.size <= this.maxActiveCalls) return;
      this.calls.delete(callId);
    }
  }
}

function dedupKey(webhook: BinotelWebhook): string {
  switch (webhook.requestType) {
    case 'apiCallSettings':
    case 'receivedTheCall':
    case 'answeredTheCall':
    case 'transferredTheCall':
      return [webhook.requestType, webhook.generalCallId, webhook.internalNumber ?? ''].join('|');
    case 'hangupTheCall':
      return [
        webhook.requestType,
        webhook.generalCallId,
        webhook.disposition ?? '',
        webhook.billsec ?? '',
      ].join('|');
    case 'apiCallCompleted':
      return [webhook.requestType, webhook.call.generalCallId].join('|');
  }
}

const completedKey = (callId: string) => `completed|${callId}`;

function endingAgent(
  webhook: BinotelCallCompletedWebhook,
  known: TrackedCall | undefined,
  answered: boolean,
) {
  const details = webhook.call;
  if (details.direction === 'outbound') return known?.agent ?? details.internalNumber;
  if (!answered) return null;
  const answeringLeg = details.history.find((leg) => leg.disposition === 'ANSWER');
  return known?.agent ?? details.internalNumber ?? answeringLeg?.internalNumber ?? null;
}
