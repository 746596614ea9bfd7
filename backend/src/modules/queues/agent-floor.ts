import { AgentBoardRow, AgentPresence } from '@switchboard/contracts';
import { AgentOnFloor, CallClient, agentRow, newAgent, settle } from './agent-floor-state';

export interface FloorAgent {
  id: string;
  displayName: string;
  extension: string;
}

/** Agents whose row changed, and queues whose agent counts may have, since the last `drain`. */
export interface AgentChanges {
  agents: Set<string>;
  queues: Set<string>;
}

/**
 * The agents' side of the floor: each agent's ring, live call, presence and today's figures, changed in
 * place as events come; an agent's end of an answered call counts once.
 */
export class AgentFloor {
  private readonly agents = new Map<string, AgentOnFloor>();
  /** Calls whose end was counted for their agent. */
  private readonly handled = new Set<string>();
  private changes: AgentChanges = { agents: new Set(), queues: new Set() };

  constructor(private readonly agentOf: (extension: string) => FloorAgent | null) {}

  add(agent: FloorAgent, at: Date): void {
    const known = this.agents.get(agent.id);
    if (known) {
      known.displayName = agent.displayName;
      known.extension = agent.extension;
    } else this.agents.set(agent.id, newAgent(agent.id, agent.displayName, agent.extension, at));
    this.changes.agents.add(agent.id);
  }

  remove(userId: string): void {
    if (this.agents.delete(userId)) this.changes.agents.add(userId);
  }

  ids(): string[] {
    return [...this.agents.keys()];
  }

  all(): Iterable<AgentOnFloor> {
    return this.agents.values();
  }

  row(userId: string, at: Date): AgentBoardRow | null {
    const agent = this.agents.get(userId);
    return agent ? agentRow(agent, at) : null;
  }

  presenceChanged(presence: AgentPresence, at: Date): void {
    const agent = this.agents.get(presence.userId);
    if (!agent) return;
    // Membership changes a queue's counts whether or not the state does: the queues left and joined.
    for (const entry of [...(agent.presence?.queues ?? []), ...presence.queues])
      this.changes.queues.add(entry.queue);
    agent.presence = presence;
    this.settle(agent, at);
  }

  ringing(extension: string, callId: string, number: string, queue: string | null, at: Date): void {
    const agent = this.byExtension(extension);
    if (!agent || agent.call?.callId === callId) return;
    agent.ringing = { callId, number, queue, since: at, client: null };
    this.settle(agent, at);
  }

  stoppedRinging(extension: string, callId: string, at: Date): void {
    const agent = this.byExtension(extension);
    if (agent?.ringing?.callId !== callId) return;
    agent.ringing = null;
    this.settle(agent, at);
  }

  /** The agent talks now; whoever had the call before (a transfer) no longer does. */
  answered(extension: string, callId: string, queue: string | null, number: string, at: Date): void {
    const agent = this.byExtension(extension);
    if (!agent) return;
    for (const other of this.agents.values()) {
      if (other !== agent && other.call?.callId === callId) {
        other.call = null;
        this.settle(other, at);
      }
    }
    const ringing = agent.ringing?.callId === callId ? agent.ringing : null;
    agent.ringing = null;
    agent.call = {
      callId,
      number: ringing?.number ?? number,
      queue: queue ?? ringing?.queue ?? null,
      since: at,
      client: ringing?.client ?? null,
    };
    this.settle(agent, at);
  }

  /** `agentId` names whose call it was when nobody on the floor has it (a restart counting stored calls). */
  ended(callId: string, answered: boolean, talkSeconds: number, at: Date, agentId?: string | null): void {
    const counts = answered && !this.handled.has(callId);
    if (counts) this.handled.add(callId);
    for (const agent of this.agents.values()) {
      const had = agent.call?.callId === callId;
      const rang = agent.ringing?.callId === callId;
      if ((had || agent.userId === agentId) && counts) {
        agent.handled += 1;
        agent.handleSeconds += talkSeconds;
        this.changes.agents.add(agent.userId);
      }
      if (had) agent.call = null;
      if (rang) agent.ringing = null;
      if (had || rang) this.settle(agent, at);
    }
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

  /** A new day: today's figures start again; a pause running over midnight counts from it. */
  newDay(midnight: Date): void {
    this.handled.clear();
    for (const agent of this.agents.values()) {
      agent.handled = 0;
      agent.handleSeconds = 0;
      agent.pauseSeconds = 0;
      if (agent.pausedSince) agent.pausedSince = midnight;
      this.changes.agents.add(agent.userId);
    }
  }

  drain(): AgentChanges {
    const changes = this.changes;
    this.changes = { agents: new Set(), queues: new Set() };
    return changes;
  }

  private settle(agent: AgentOnFloor, at: Date): void {
    this.changes.agents.add(agent.userId);
    if (settle(agent, at)) agent.presence?.queues.forEach((entry) => this.changes.queues.add(entry.queue));
  }

  private byExtension(extension: string): AgentOnFloor | null {
    const owner = this.agentOf(extension);
    return owner ? (this.agents.get(owner.id) ?? null) : null;
  }
}
