import {
  AgentBoardRow,
  AgentPresence,
  QueueSettings,
  QueueStats,
  WaitingCaller,
} from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { AgentOnFloor, CallClient, agentRow, newAgent, settle } from './agent-floor-state';
import { queueAgentCounts } from './queue-agent-counts';
import { dayStart } from './queue-day';
import { QueueTally } from './queue-tally';

export interface FloorAgent {
  id: string;
  displayName: string;
  extension: string;
}

export interface QueueFloorDeps {
  settingsOf(queue: string): QueueSettings;
  /** The agent who owns an extension, or null for a phone that is nobody's. */
  agentOf(extension: string): FloorAgent | null;
  /** E.164 where the number can be read as one. */
  normalize(number: string): string;
}

/** A call stored today, as the calls table holds it: what a restart counts from. */
export interface StoredQueueCall {
  callId: string;
  queue: string | null;
  queuedAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  disposition: string | null;
  waitSeconds: number;
  talkSeconds: number;
  agentId: string | null;
}

/** What changed since the last `drain`: the deltas to send. */
export interface FloorChanges {
  queues: Set<string>;
  agents: Set<string>;
  joined: string[];
  left: { callId: string; queue: string }[];
}

interface Waiting {
  callId: string;
  queue: string;
  number: string;
  joinedAt: Date;
  client: WaitingCaller['client'];
}

/**
 * The live floor: who waits in which queue, what each agent is doing, and today's counts per queue, kept
 * from the PBX's events and the agents' presence; after a restart, from the calls stored today first.
 */
export class QueueFloor {
  private readonly tally: QueueTally;
  private readonly waiting = new Map<string, Waiting>();
  private readonly callNumbers = new Map<string, string>();
  private readonly agents = new Map<string, AgentOnFloor>();
  /** Calls whose end was counted for their agent. */
  private readonly handled = new Set<string>();
  private day: number;
  private changes: FloorChanges = noChanges();

  constructor(
    private readonly deps: QueueFloorDeps,
    now = new Date(),
  ) {
    this.day = dayStart(now).getTime();
    this.tally = new QueueTally((queue) => deps.settingsOf(queue));
  }

  addQueue(queue: string): void {
    if (this.tally.addQueue(queue)) this.changes.queues.add(queue);
  }

  queues(): string[] {
    return this.tally.queues();
  }

  /** Counts the queue's day again under its current rules. */
  recount(queue: string): void {
    this.tally.recount(queue);
    this.changes.queues.add(queue);
  }

  addAgent(agent: FloorAgent, at: Date): void {
    const known = this.agents.get(agent.id);
    if (known) {
      known.displayName = agent.displayName;
      known.extension = agent.extension;
    } else this.agents.set(agent.id, newAgent(agent.id, agent.displayName, agent.extension, at));
    this.changes.agents.add(agent.id);
  }

  removeAgent(userId: string): void {
    if (this.agents.delete(userId)) this.changes.agents.add(userId);
  }

  agentIds(): string[] {
    return [...this.agents.keys()];
  }

  apply(event: PbxEvent): void {
    this.rollOver(event.at);
    switch (event.type) {
      case 'call.started':
        this.callNumbers.set(
          event.callId,
          this.deps.normalize(
            event.direction === 'outbound' ? (event.calleeNumber ?? '') : event.callerNumber,
          ),
        );
        return;
      case 'queue.callerJoined':
        return this.joined(event.callId, event.queue, event.callerNumber, event.at);
      case 'queue.callerLeft':
        return this.leave(event.callId);
      case 'queue.callerAbandoned':
        this.leave(event.callId);
        return this.touchQueue(this.tally.abandoned(event.callId, event.waitSeconds));
      case 'queue.callersListed':
        return this.listed(event.callers);
      case 'agent.ringing':
        return this.ringing(event.agent, event.callId, event.callerNumber, event.queue, event.at);
      case 'agent.stoppedRinging':
        return this.stoppedRinging(event.agent, event.callId, event.at);
      case 'call.answered':
        return this.answered(event.agent, event.callId, event.queue, event.at);
      case 'call.ended':
        return this.ended(event.callId, event.disposition === 'answered', event.talkSeconds, event.at);
      default:
        return;
    }
  }

  presenceChanged(presence: AgentPresence, at: Date): void {
    const agent = this.agents.get(presence.userId);
    if (!agent) return;
    const before = agent.presence?.queues.map((entry) => entry.queue) ?? [];
    agent.presence = presence;
    // A queue an agent logs in to is on the board from then on, callers or not.
    presence.queues.forEach((entry) => this.addQueue(entry.queue));
    for (const queue of [...before, ...presence.queues.map((entry) => entry.queue)]) this.touchQueue(queue);
    this.settleAgent(agent, at);
  }

  /** Today's stored calls, counted as the events would have. */
  restore(calls: StoredQueueCall[]): void {
    for (const call of calls) {
      if (call.queue && call.queuedAt) {
        this.addQueue(call.queue);
        this.tally.joined(call.callId, call.queue, call.queuedAt);
        if (call.answeredAt) this.tally.answered(call.callId, call.answeredAt);
        else if (call.disposition === 'abandoned') this.tally.abandoned(call.callId, call.waitSeconds);
      }
      if (call.endedAt) {
        this.ended(call.callId, call.answeredAt !== null, call.talkSeconds, call.endedAt, call.agentId);
      }
    }
  }

  /** A waiting caller's client became known; the caller as the wallboard shows them, or null once gone. */
  setWaitingClient(callId: string, client: WaitingCaller['client']): void {
    const waiting = this.waiting.get(callId);
    if (waiting) waiting.client = client;
  }

  setCallClient(callId: string, client: CallClient): void {
    for (const agent of this.agents.values()) {
      for (const call of [agent.ringing, agent.call]) {
        if (call?.callId !== callId) continue;
        call.client = client;
        this.changes.agents.add(agent.userId);
      }
    }
  }

  /** What changed since the last call, and a fresh start. */
  drain(): FloorChanges {
    const changes = this.changes;
    this.changes = noChanges();
    return changes;
  }

  waitingCaller(callId: string): WaitingCaller | null {
    const waiting = this.waiting.get(callId);
    return waiting ? toWaitingCaller(waiting) : null;
  }

  waitingCallers(): WaitingCaller[] {
    return [...this.waiting.values()].map(toWaitingCaller);
  }

  agentRow(userId: string, at: Date): AgentBoardRow | null {
    const agent = this.agents.get(userId);
    return agent ? agentRow(agent, at) : null;
  }

  stats(queue: string, at: Date): QueueStats {
    let waiting = 0;
    let longest: Date | null = null;
    for (const caller of this.waiting.values()) {
      if (caller.queue !== queue) continue;
      waiting += 1;
      if (!longest || caller.joinedAt < longest) longest = caller.joinedAt;
    }
    return {
      queue,
      waiting,
      longestWaitingSince: longest?.toISOString() ?? null,
      agents: queueAgentCounts(this.agents.values(), queue),
      today: this.tally.today(queue),
      currentInterval: this.tally.interval(queue, at),
      settings: this.deps.settingsOf(queue),
    };
  }

  intervals(queue: string): ReturnType<QueueTally['intervals']> {
    return this.tally.intervals(queue);
  }

  private joined(callId: string, queue: string, number: string, at: Date): void {
    this.addQueue(queue);
    this.tally.joined(callId, queue, at);
    if (this.waiting.has(callId)) return;
    this.waiting.set(callId, {
      callId,
      queue,
      number: this.deps.normalize(number),
      joinedAt: at,
      client: null,
    });
    this.changes.joined.push(callId);
    this.touchQueue(queue);
  }

  private leave(callId: string): void {
    const waiting = this.waiting.get(callId);
    if (!waiting) return;
    this.waiting.delete(callId);
    this.changes.left.push({ callId, queue: waiting.queue });
    this.touchQueue(waiting.queue);
  }

  /** After a reconnect the PBX lists who waits: callers no longer there left during the outage. */
  private listed(callers: Extract<PbxEvent, { type: 'queue.callersListed' }>['callers']): void {
    const present = new Set(callers.map((caller) => caller.callId));
    for (const callId of [...this.waiting.keys()]) if (!present.has(callId)) this.leave(callId);
    for (const caller of callers)
      this.joined(caller.callId, caller.queue, caller.callerNumber, caller.joinedAt);
  }

  private ringing(extension: string, callId: string, number: string, queue: string | null, at: Date): void {
    const agent = this.agentByExtension(extension);
    if (!agent || agent.call?.callId === callId) return;
    agent.ringing = { callId, number: this.deps.normalize(number), queue, since: at, client: null };
    this.settleAgent(agent, at);
  }

  private stoppedRinging(extension: string, callId: string, at: Date): void {
    const agent = this.agentByExtension(extension);
    if (agent?.ringing?.callId !== callId) return;
    agent.ringing = null;
    this.settleAgent(agent, at);
  }

  private answered(extension: string, callId: string, queue: string | null, at: Date): void {
    this.leave(callId);
    this.touchQueue(this.tally.answered(callId, at));
    const agent = this.agentByExtension(extension);
    if (!agent) return;
    for (const other of this.agents.values()) {
      if (other !== agent && other.call?.callId === callId) {
        other.call = null;
        this.settleAgent(other, at);
      }
    }
    const ringing = agent.ringing?.callId === callId ? agent.ringing : null;
    agent.ringing = null;
    agent.call = {
      callId,
      number: ringing?.number ?? this.callNumbers.get(callId) ?? '',
      queue: queue ?? ringing?.queue ?? null,
      since: at,
      client: ringing?.client ?? null,
    };
    this.settleAgent(agent, at);
  }

  private ended(
    callId: string,
    answered: boolean,
    talkSeconds: number,
    at: Date,
    agentId?: string | null,
  ): void {
    this.leave(callId);
    this.callNumbers.delete(callId);
    this.touchQueue(this.tally.ended(callId, answered, talkSeconds));
    const countsForAgent = answered && !this.handled.has(callId);
    if (countsForAgent) this.handled.add(callId);
    for (const agent of this.agents.values()) {
      const had = agent.call?.callId === callId;
      if ((had || agent.userId === agentId) && countsForAgent) {
        agent.handled += 1;
        agent.handleSeconds += talkSeconds;
        this.changes.agents.add(agent.userId);
      }
      if (had) agent.call = null;
      if (agent.ringing?.callId === callId) agent.ringing = null;
      if (had || this.changes.agents.has(agent.userId)) this.settleAgent(agent, at);
    }
  }

  private settleAgent(agent: AgentOnFloor, at: Date): void {
    this.changes.agents.add(agent.userId);
    if (settle(agent, at)) agent.presence?.queues.forEach((entry) => this.touchQueue(entry.queue));
  }

  private touchQueue(queue: string | null): void {
    if (queue && this.tally.has(queue)) this.changes.queues.add(queue);
  }

  private agentByExtension(extension: string): AgentOnFloor | null {
    const owner = this.deps.agentOf(extension);
    return owner ? (this.agents.get(owner.id) ?? null) : null;
  }

  /** At midnight the day's counts start again; who waits and who talks stays. */
  private rollOver(at: Date): void {
    const day = dayStart(at).getTime();
    if (day <= this.day) return;
    this.day = day;
    this.tally.reset();
    this.tally.queues().forEach((queue) => this.changes.queues.add(queue));
    this.handled.clear();
    for (const agent of this.agents.values()) {
      agent.handled = 0;
      agent.handleSeconds = 0;
      agent.pauseSeconds = 0;
      if (agent.pausedSince) agent.pausedSince = new Date(day);
      this.changes.agents.add(agent.userId);
    }
  }
}

function toWaitingCaller(waiting: Waiting): WaitingCaller {
  return {
    callId: waiting.callId,
    queue: waiting.queue,
    number: waiting.number,
    client: waiting.client,
    joinedAt: waiting.joinedAt.toISOString(),
  };
}

function noChanges(): FloorChanges {
  return { queues: new Set(), agents: new Set(), joined: [], left: [] };
}
