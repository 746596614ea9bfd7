import { CallDirection } from '@switchboard/contracts';
import { PbxEvent, RingStopReason } from '../port/pbx-events';
import { BUSY_CAUSE, dialStopReason, hangupStopReason } from './ring-stop';
import { AmiMessage } from './ami-parser';
import { TrackedCall, disposition, newCall } from './tracked-call';
import { channelExtension } from './channel-extension';

const UNKNOWN_NUMBER = /^<unknown>$|^$/;
const RECORDING = /^SB_RECORDING=(\S+)$/m;
/** A topic (`debt`) or, from crm-reminder, `reminder-<attempt>`. */
const SELF_SERVICE_CHOICE = /^SB_IVR_CHOICE=([\w-]+)$/m;

export interface AsteriskCallTrackerOptions {
  now?: () => Date;
  /** Whether an endpoint name is an agent's extension (trunks are not); SIP extensions are digits by default. */
  isAgent?: (extension: string) => boolean;
}

/** A channel as `CoreShowChannels` lists it after a (re)connect. */
export interface LiveChannel {
  linkedid: string;
  uniqueid: string;
  channel: string;
  callerNumber: string;
  /** Up and in a bridge: someone is talking on it. */
  bridged: boolean;
}

/**
 * Turns the AMI event stream into call events. Legs are grouped by `Linkedid`. Queue calls ring agents
 * through `AgentCalled` (their `DialBegin` is ignored, or they would ring twice); direct calls ring through
 * `DialBegin`. A call ends when its last leg hangs up, so a missing `AgentComplete` changes nothing.
 */
export class AsteriskCallTracker {
  private readonly calls = new Map<string, TrackedCall>();
  /** Click-to-calls the PBX accepted and has not reported on yet (their OriginateResponse). */
  private readonly originating = new Set<string>();
  private readonly now: () => Date;
  private readonly isAgent: (extension: string) => boolean;

  constructor(options: AsteriskCallTrackerOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.isAgent = options.isAgent ?? ((extension) => /^\d{2,6}$/.test(extension));
  }

  /** The call events one AMI event means (often none). */
  handle(event: AmiMessage): PbxEvent[] {
    const callId = event['linkedid'] ?? event['destlinkedid'];
    switch (event['event']) {
      case 'OriginateResponse':
        return this.originateResponse(event);
      case 'BlindTransfer':
        return this.transfer(
          event['transfererlinkedid'],
          event['transfererchannel'],
          event['extension'],
          'blind',
        );
      case 'AttendedTransfer':
        return this.transfer(
          event['origtransfererlinkedid'],
          event['origtransfererchannel'],
          channelExtension(event['transfertargetchannel']) ?? event['secondtransfererexten'],
          'attended',
        );
    }
    if (!callId) return [];
    this.noteVariables(callId, event);
    switch (event['event']) {
      case 'Newchannel':
        this.call(callId, event);
        return [];
      case 'QueueCallerJoin':
        return this.queueJoin(callId, event);
      case 'QueueCallerLeave':
        return this.calls.has(callId)
          ? [{ type: 'queue.callerLeft', callId, at: this.now(), queue: event['queue'] }]
          : [];
      case 'AgentCalled':
        return this.ring(
          callId,
          this.agentOf(event['interface']) ?? this.agentOf(event['destchannel']),
          event,
        );
      case 'DialBegin':
        return this.dialBegin(callId, event);
      case 'AgentRingNoAnswer':
        return this.stopRinging(callId, this.agentOf(event['interface']), 'no-answer');
      case 'DialEnd':
        return this.dialEnd(callId, event);
      case 'AgentConnect':
        return this.answer(callId, this.agentOf(event['interface']) ?? this.agentOf(event['destchannel']));
      case 'QueueCallerAbandon':
        return this.abandon(callId, event);
      case 'Hold':
      case 'Unhold':
        return this.hold(callId, event);
      case 'Hangup':
        return this.hangup(callId, event);
      default:
        return [];
    }
  }

  /**
   * A click-to-call the PBX accepted under this id (`ChannelId`). An async Originate that fails (the agent's
   * phone is offline) creates no call events, only a failed OriginateResponse: that ends it.
   */
  expectOriginate(callId: string): void {
    this.originating.add(callId);
  }

  /** Calls in progress. */
  get activeCalls(): number {
    return this.calls.size;
  }

  /**
   * Aligns the tracked calls with the channels the PBX has now (after the AMI link came back): calls whose
   * legs are all gone ended while the link was down; calls never seen are taken up, answered when an agent's
   * leg is bridged. Known calls produce nothing new, so nothing is reported twice.
   */
  resync(channels: LiveChannel[]): PbxEvent[] {
    const byCall = new Map<string, LiveChannel[]>();
    for (const channel of channels)
      byCall.set(channel.linkedid, [...(byCall.get(channel.linkedid) ?? []), channel]);
    const events: PbxEvent[] = [];
    for (const call of [...this.calls.values()]) {
      const live = byCall.get(call.callId);
      if (live) call.legs = new Set(live.map((channel) => channel.uniqueid));
      else events.push(...this.end(call));
    }
    for (const [callId, legs] of byCall) {
      if (!this.calls.has(callId)) events.push(...this.adopt(callId, legs));
    }
    return events;
  }

  private originateResponse(event: AmiMessage): PbxEvent[] {
    const callId = event['uniqueid'];
    if (!this.originating.delete(callId) || event['response'] !== 'Failure') return [];
    this.calls.delete(callId);
    const at = this.now();
    return [
      { type: 'call.ended', callId, at, disposition: 'failed', agent: null, talkSeconds: 0, recording: null },
    ];
  }

  private adopt(callId: string, legs: LiveChannel[]): PbxEvent[] {
    const customer = legs.find((leg) => !this.agentOf(leg.channel));
    const agentLeg = legs.find((leg) => this.agentOf(leg.channel) && leg.bridged);
    const call = this.call(callId, { calleridnum: customer?.callerNumber ?? '' });
    call.legs = new Set(legs.map((leg) => leg.uniqueid));
    const events: PbxEvent[] = [this.started(call, customer ? 'inbound' : 'internal')];
    const agent = agentLeg ? this.agentOf(agentLeg.channel) : null;
    if (agent) events.push(...this.answer(callId, agent));
    return events;
  }

  /**
   * dialplans/ names the recording in the channel variable SB_RECORDING and the self-service choice in
   * SB_IVR_CHOICE (manager.conf `channelvars`, so events carry them as `ChanVariable: NAME=value`).
   */
  private noteVariables(callId: string, event: AmiMessage): void {
    const call = this.calls.get(callId);
    const variables = event['chanvariable'];
    if (!call || !variables) return;
    const recording = RECORDING.exec(variables)?.[1];
    if (recording) call.recording = recording;
    const choice = SELF_SERVICE_CHOICE.exec(variables)?.[1];
    if (choice) call.selfServiceChoice = choice;
  }

  private agentOf(channel: string | undefined): string | null {
    const extension = channelExtension(channel);
    return extension !== null && this.isAgent(extension) ? extension : null;
  }

  private call(callId: string, event: AmiMessage): TrackedCall {
    let call = this.calls.get(callId);
    if (!call) {
      call = newCall(callId, this.now(), event['context'] ?? null, event['exten'] ?? null);
      this.calls.set(callId, call);
    }
    if (event['uniqueid']) call.legs.add(event['uniqueid']);
    const number = event['calleridnum'];
    if (!call.callerNumber && number && !UNKNOWN_NUMBER.test(number)) call.callerNumber = number;
    return call;
  }

  private started(call: TrackedCall, direction: CallDirection, calleeNumber: string | null = null): PbxEvent {
    call.started = true;
    call.direction = direction;
    const callee = calleeNumber ?? (direction === 'inbound' ? call.firstExten : null);
    return {
      type: 'call.started',
      callId: call.callId,
      at: this.now(),
      direction,
      callerNumber: call.callerNumber,
      calleeNumber: callee,
      queue: call.queue,
    };
  }

  private queueJoin(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    call.queue = event['queue'];
    const joined: PbxEvent = {
      type: 'queue.callerJoined',
      callId,
      at: this.now(),
      queue: event['queue'],
      position: Number(event['position'] ?? 0),
      callerNumber: call.callerNumber,
    };
    return call.started ? [joined] : [this.started(call, 'inbound'), joined];
  }

  private dialBegin(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    // Before an answer the queue rings its agents with AgentCalled; an originating leg (no Channel) rings
    // nobody but the agent of a click-to-call.
    if (call.queue !== null && call.answeredAt === null) return [];
    const agent = this.agentOf(event['destchannel']);
    if (!event['channel']) {
      // Click-to-call rings the agent's own endpoint; originates into Local channels are something else.
      const ownPhone = agent && !event['destchannel'].startsWith('Local/');
      return ownPhone && !call.started ? this.clickToCall(call, agent, event) : [];
    }
    if (agent) {
      const caller = this.agentOf(event['channel']);
      const started = call.started
        ? []
        : [this.started(call, caller ? 'internal' : 'inbound', caller ? agent : null)];
      return [...started, ...this.ring(callId, agent, event)];
    }
    // An agent dialling out through a trunk: the agent placed the call, the trunk leg is the customer.
    const placedBy = this.agentOf(event['channel']);
    if (!placedBy || call.started) return [];
    call.outboundBy = placedBy;
    call.callerNumber = placedBy;
    return [this.started(call, 'outbound', event['destexten'] ?? null)];
  }

  private clickToCall(call: TrackedCall, agent: string, event: AmiMessage): PbxEvent[] {
    call.outboundBy = agent;
    const customer = event['destconnectedlinenum'];
    const number = customer && !UNKNOWN_NUMBER.test(customer) ? customer : call.firstExten;
    call.callerNumber = number ?? '';
    return [this.started(call, 'outbound', number), ...this.ring(call.callId, agent, event)];
  }

  private ring(callId: string, agent: string | null, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    if (!agent || (call.answeredAt !== null && !call.transferPending) || call.ringing.has(agent)) return [];
    const attempt = (call.attempts.get(agent) ?? 0) + 1;
    call.attempts.set(agent, attempt);
    call.ringing.set(agent, attempt);
    const at = this.now();
    return [
      {
        type: 'agent.ringing',
        callId,
        at,
        agent,
        callerNumber: call.callerNumber,
        queue: call.queue,
        attempt,
        ...(call.selfServiceChoice ? { selfServiceChoice: call.selfServiceChoice } : {}),
      },
    ];
  }

  private stopRinging(callId: string, agent: string | null, reason: RingStopReason): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call || !agent || !call.ringing.delete(agent)) return [];
    return [{ type: 'agent.stoppedRinging', callId, at: this.now(), agent, reason }];
  }

  private dialEnd(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call) return [];
    const status = event['dialstatus'];
    const agent = this.agentOf(event['destchannel']);
    if (!agent || !call.ringing.has(agent)) {
      // The trunk leg of an agent's outbound call answering is the call being answered.
      const outbound = call.outboundBy !== null && !agent && event['channel'];
      return outbound && status === 'ANSWER' ? this.answer(callId, call.outboundBy) : [];
    }
    if (status === 'ANSWER') {
      // The agent picking up a click-to-call is not the call being answered: the customer's leg is.
      if (call.outboundBy === agent && !event['channel']) {
        call.ringing.delete(agent);
        return [];
      }
      return call.queue === null || call.transferPending ? this.answer(callId, agent) : [];
    }
    // A queue cancels the other phones when one answers, and all of them when the caller leaves: why the ring
    // stopped comes with the leg's Hangup (cause 26), AgentConnect or the call's end.
    if (status === 'CANCEL' && call.queue !== null) return [];
    if (status === 'BUSY') call.busy = true;
    return this.stopRinging(callId, agent, dialStopReason(status));
  }

  private answer(callId: string, agent: string | null): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call || !agent || (call.answeredAt !== null && !call.transferPending)) return [];
    const at = this.now();
    call.answeredAt ??= at;
    call.transferPending = false;
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

  private transfer(
    callId: string | undefined,
    channel: string | undefined,
    target: string | undefined | null,
    kind: 'blind' | 'attended',
  ): PbxEvent[] {
    const call = callId ? this.calls.get(callId) : undefined;
    if (!call || !target) return [];
    call.transferPending = true;
    const from = this.agentOf(channel) ?? call.agent;
    const transferred: PbxEvent = {
      type: 'call.transferred',
      callId: call.callId,
      at: this.now(),
      from,
      to: target,
      kind,
    };
    // An attended transfer's target already talks (on the consult call, another Linkedid): it has the call now.
    const takenOver = kind === 'attended' && this.isAgent(target) ? this.answer(call.callId, target) : [];
    return [transferred, ...takenOver];
  }

  private hold(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call || call.answeredAt === null) return [];
    const held = event['event'] === 'Hold';
    if (call.onHold === held) return [];
    call.onHold = held;
    const agent = this.agentOf(event['channel']) ?? call.agent;
    return [{ type: held ? 'call.held' : 'call.unheld', callId, at: this.now(), agent }];
  }

  private abandon(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.call(callId, event);
    call.abandoned = true;
    const waitSeconds = Number(event['holdtime'] ?? 0);
    return [{ type: 'queue.callerAbandoned', callId, at: this.now(), queue: event['queue'], waitSeconds }];
  }

  private hangup(callId: string, event: AmiMessage): PbxEvent[] {
    const call = this.calls.get(callId);
    if (!call) return [];
    if (event['cause'] === BUSY_CAUSE && call.answeredAt === null) call.busy = true;
    const leg = this.agentOf(event['channel']);
    const reason = hangupStopReason(event['cause'], call);
    const stopped =
      leg && call.ringing.has(leg) && call.answeredAt === null ? this.stopRinging(callId, leg, reason) : [];
    call.legs.delete(event['uniqueid']);
    return call.legs.size > 0 ? stopped : [...stopped, ...this.end(call)];
  }

  private end(call: TrackedCall): PbxEvent[] {
    this.calls.delete(call.callId);
    const at = this.now();
    const callId = call.callId;
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
      recording: call.answeredAt ? call.recording : null,
    };
    return call.started ? [...hungUpOnRinging, ended] : [];
  }
}
