import { CallDisposition, PbxEvent, RingStopReason } from '../port/pbx-events';
import { AmiMessage } from './ami-parser';
import { channelExtension } from './channel-extension';

interface TrackedCall {
  callId: string;
  callerNumber: string;
  queue: string | null;
  startedAt: Date;
  legs: Set<string>;
  ringing: Map<string, number>;
  attempts: Map<string, number>;
  agent: string | null;
  answeredAt: Date | null;
  abandoned: boolean;
  busy: boolean;
}

const BUSY_CAUSE = '17';
const DIAL_STOP: Record<string, RingStopReason> = {
  NOANSWER: 'no-answer',
  BUSY: 'busy',
  CONGESTION: 'busy',
  CHANUNAVAIL: 'busy',
};
const UNKNOWN_NUMBER = /^<unknown>$|^$/;

/**
 * Turns the AMI event stream into call events. Legs are grouped by `Linkedid`. Queue calls ring agents
 * through `AgentCalled` (their `DialBegin` is ignored, or they would ring twice); direct calls ring through
 * `DialBegin`. A call ends when its last leg hangs up, so a missing `AgentComplete` changes nothing.
 */
export class AsteriskCallTracker {
  private readonly calls = new Map<string, TrackedCall>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** The call events one AMI event means (often none). */
  handle(event: AmiMessage): PbxEvent[] {
    const callId = event['linkedid'] ?? event['destlinkedid'];
    if (!callId) return [];
    switch (event['event']) {
      case 'Newchannel':
        this.call(callId, event).legs.add(event['uniqueid']);
        return [];
      case 'QueueCallerJoin':
        return this.queueJoin(callId, event);
      case 'AgentCalled':
        return this.ring(
          callId,
          channelExtension(event['interface']) ?? channelExtension(event['destchannel']),
          event,
        );
      case 'DialBegin':
        return this.directDial(callId, event);
      case 'AgentRingNoAnswer':
        return this.stopRinging(callId, channelExtension(event['interface']), 'no-answer');
      case 'DialEnd':
        return this.dialEnd(callId, event);
      case 'AgentConnect':
        return this.answer(
          callId,
          channelExtension(event['interface']) ?? channelExtension(event['destchannel']),
        );
      case 'QueueCallerAbandon':
        return this.abandon(callId, event);
      case 'Hangup':
        return this.hangup(callId, event);
      default:
        return [];
    }
  }

  /** Calls in progress, for a resync after a reconnect. */
  get activeCalls(): number {
    return this.calls.size;
  }

  private call(callId: string, event: AmiMessage): TrackedCall {
    let call = this.calls.get(callId);
    if (!call) {
      call = {
        callId,
        callerNumber: '',
        queue: null,
        startedAt: this.now(),
        legs: new Set(),
        ringing: new Map(),
        attempts: new Map(),
        agent: null,
        answeredAt: null,
        abandoned: false,
        busy: false,
      };
      this.calls.set(callId, call);
    }
    if (event['uniqueid']) call.legs.add(event['uniqueid']);
    const number = event['calleridnum'];
    if (!call.callerNumber && number && !UNKNOWN_NUMBER.test(number)) call.callerNumber = number;
    return call;
  }

  private queueJoin(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    const at = this.now();
    const wasQueued = call.queue !== null;
    call.queue = event['queue'];
    const joined: PbxEvent = {
      type: 'queue.callerJoined',
      callId,
      at,
      queue: event['queue'],
      position: Number(event['position'] ?? 0),
      callerNumber: call.callerNumber,
    };
    if (wasQueued) return [joined];
    return [{ type: 'call.started', callId, at, callerNumber: call.callerNumber, queue: call.queue }, joined];
  }

  private directDial(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    // The queue rings its agents with AgentCalled; an originating leg (no Channel) rings nobody.
    if (call.queue !== null || !event['channel']) return [];
    const started: PbxEvent[] =
      call.ringing.size === 0 && call.answeredAt === null && call.attempts.size === 0
        ? [{ type: 'call.started', callId, at: this.now(), callerNumber: call.callerNumber, queue: null }]
        : [];
    return [...started, ...this.ring(callId, channelExtension(event['destchannel']), event)];
  }

  private ring(callId: string, agent: string | null, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    if (!agent || call.answeredAt !== null || call.ringing.has(agent)) return [];
    const attempt = (call.attempts.get(agent) ?? 0) + 1;
    call.attempts.set(agent, attempt);
    call.ringing.set(agent, attempt);
    return [
      {
        type: 'agent.ringing',
        callId,
        at: this.now(),
        agent,
        callerNumber: call.callerNumber,
        queue: call.queue,
        attempt,
      },
    ];
  }

  private stopRinging(callId: string, agent: string | null, reason: RingStopReason): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call || !agent || !call.ringing.delete(agent)) return [];
    return [{ type: 'agent.stoppedRinging', callId, at: this.now(), agent, reason }];
  }

  private dialEnd(callId: string, event: AmiMessage): PbxEvent[] {
    const agent = channelExtension(event['destchannel']);
    const status = event['dialstatus'];
    const call = this.calls.get(callId);
    if (!call || !agent || !call.ringing.has(agent)) return [];
    if (status === 'ANSWER') return call.queue === null ? this.answer(callId, agent) : [];
    if (status === 'BUSY') call.busy = true;
    return this.stopRinging(callId, agent, DIAL_STOP[status] ?? 'caller-hung-up');
  }

  private answer(callId: string, agent: string | null): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call || !agent || call.answeredAt !== null) return [];
    const at = this.now();
    call.answeredAt = at;
    call.agent = agent;
    call.ringing.delete(agent);
    const others = [...call.ringing.keys()].map((other): PbxEvent => ({
      type: 'agent.stoppedRinging',
      callId,
      at,
      agent: other,
      reason: 'answered-elsewhere',
    }));
    call.ringing.clear();
    const waitSeconds = Math.round((at.getTime() - call.startedAt.getTime()) / 1000);
    return [...others, { type: 'call.answered', callId, at, agent, queue: call.queue, waitSeconds }];
  }

  private abandon(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    call.abandoned = true;
    return [
      {
        type: 'queue.callerAbandoned',
        callId,
        at: this.now(),
        queue: event['queue'],
        waitSeconds: Number(event['holdtime'] ?? 0),
      },
    ];
  }

  private hangup(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call) return [];
    if (event['cause'] === BUSY_CAUSE && call.answeredAt === null) call.busy = true;
    const leg = channelExtension(event['channel']);
    const stopped =
      leg && call.ringing.has(leg) && call.answeredAt === null
        ? this.stopRinging(callId, leg, 'no-answer')
        : [];
    call.legs.delete(event['uniqueid']);
    if (call.legs.size > 0) return stopped;
    this.calls.delete(callId);
    const at = this.now();
    const hungUpOnRinging = [...call.ringing.keys()].map((agent): PbxEvent => ({
      type: 'agent.stoppedRinging',
      callId,
      at,
      agent,
      reason: 'caller-hung-up',
    }));
    const talkSeconds = call.answeredAt ? Math.round((at.getTime() - call.answeredAt.getTime()) / 1000) : 0;
    const ended: PbxEvent = {
      type: 'call.ended',
      callId,
      at,
      disposition: disposition(call),
      agent: call.agent,
      talkSeconds,
    };
    return [...stopped, ...hungUpOnRinging, ended];
  }
}

function disposition(call: TrackedCall): CallDisposition {
  if (call.answeredAt) return 'answered';
  if (call.abandoned || call.queue !== null) return 'abandoned';
  if (call.busy) return 'busy';
  return call.attempts.size > 0 ? 'no-answer' : 'failed';
}
