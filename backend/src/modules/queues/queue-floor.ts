import {
  AgentBoardRow,
  AgentPresence,
  QueueSettings,
  QueueStats,
  WaitingCaller,
} from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { AgentFloor, FloorAgent } from './agent-floor';
import { CallClient } from './agent-floor-state';
import { queueAgentCounts } from './queue-agent-counts';
import { dayStart } from './queue-day';
import { QueueTally } from './queue-tally';

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
  private readonly agents: AgentFloor;
  private day: number;
  private changes: FloorChanges = noChanges();

  constructor(
    private readonly deps: QueueFloorDeps,
    now = new Date(),
  ) {
    this.day = dayStart(now).getTime();
    this.tally = new QueueTally((queue) => deps.settingsOf(queue));
    this.agents = new AgentFloor((extension) => deps.agentOf(extension));
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
    this.agents.add(agent, at);
  }

  removeAgent(userId: string): void {
    this.agents.remove(userId);
  }

  agentIds(): string[] {
    return this.agents.ids();
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
      case 'agent.ringing': {
        const number = this.deps.normalize(event.callerNumber);
        return this.agents.ringing(event.agent, event.callId, number, event.queue, event.at);
      }
      case 'agent.stoppedRinging':
        return this.agents.stoppedRinging(event.agent, event.callId, event.at);
      case 'call.answered':
        return this.answered(event.agent, event.callId, event.queue, event.at);
      case 'call.ended':
        return this.ended(event.callId, event.disposition === 'answered', event.talkSeconds, event.at);
      default:
        return;
    }
  }

  presenceChanged(presence: AgentPresence, at: Date): void {
    // A queue an agent logs in to is on the board from then on, callers or not.
    presence.queues.forEach((entry) => this.addQueue(entry.queue));
    this.agents.presenceChanged(presence, at);
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
    this.agents.setCallClient(callId, client);
  }

  /** What changed since the last call, and a fresh start. */
  drain(): FloorChanges {
    const changes = this.changes;
    this.changes = noChanges();
    const agents = this.agents.drain();
    agents.queues.forEach((queue) => this.touchQueue(queue, changes));
    agents.agents.forEach((userId) => changes.agents.add(userId));
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
    return this.agents.row(userId, at);
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
      agents: queueAgentCounts(this.agents.all(), queue),
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

  private answered(extension: string, callId: string, queue: string | null, at: Date): void {
    this.leave(callId);
    this.touchQueue(this.tally.answered(callId, at));
    this.agents.answered(extension, callId, queue, this.callNumbers.get(callId) ?? '', at);
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
    this.agents.ended(callId, answered, talkSeconds, at, agentId);
  }

  private touchQueue(queue: string | null, changes = this.changes): void {
    if (queue && this.tally.has(queue)) changes.queues.add(queue);
  }

  /** At midnight the day's counts start again; who waits and who talks stays. */
  private rollOver(at: Date): void {
    const day = dayStart(at).getTime();
    if (day <= this.day) return;
    this.day = day;
    this.tally.reset();
    this.tally.queues().forEach((queue) => this.changes.queues.add(queue));
    this.agents.newDay(new Date(day));
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
