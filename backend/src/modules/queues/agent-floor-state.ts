import { AgentBoardCall, AgentBoardRow, AgentBoardState, AgentPresence } from '@switchboard/contracts';
import { WRAP_UP_REASON } from '../agents/presence-state';

/** What the CRM knows of the customer on a call, looked up once per call. */
export interface CallClient {
  client: { id: string; name: string } | null;
  openOrdersValue: AgentBoardCall['openOrdersValue'];
  debt: AgentBoardCall['debt'];
  currency: AgentBoardCall['currency'];
}

export interface AgentCall {
  callId: string;
  number: string;
  queue: string | null;
  since: Date;
  client: CallClient | null;
}

/** One agent on the floor, changed in place as events come. */
export interface AgentOnFloor {
  userId: string;
  displayName: string;
  extension: string;
  presence: AgentPresence | null;
  ringing: AgentCall | null;
  call: AgentCall | null;
  state: AgentBoardState;
  stateSince: Date;
  handled: number;
  handleSeconds: number;
  /** Pauses that ended today, in seconds; the running one is `pausedSince`. */
  pauseSeconds: number;
  pausedSince: Date | null;
}

export function newAgent(userId: string, displayName: string, extension: string, at: Date): AgentOnFloor {
  return {
    userId,
    displayName,
    extension,
    presence: null,
    ringing: null,
    call: null,
    state: 'logged-out',
    stateSince: at,
    handled: 0,
    handleSeconds: 0,
    pauseSeconds: 0,
    pausedSince: null,
  };
}

/** A call beats a ring, which beats wrap-up; then paused, available, or out of every queue. */
export function boardState(agent: AgentOnFloor): AgentBoardState {
  if (agent.call) return 'on-call';
  if (agent.ringing) return 'ringing';
  const presence = agent.presence;
  if (presence?.status === 'wrap-up') return 'wrap-up';
  if (!presence || presence.queues.length === 0) return 'logged-out';
  return presence.status === 'paused' ? 'paused' : 'available';
}

/** Brings the state, its start and the pause time up to date; true when the state changed. */
export function settle(agent: AgentOnFloor, at: Date): boolean {
  const paused = agent.presence?.status === 'paused';
  if (paused && !agent.pausedSince) agent.pausedSince = at;
  if (!paused && agent.pausedSince) {
    agent.pauseSeconds += Math.max(0, (at.getTime() - agent.pausedSince.getTime()) / 1000);
    agent.pausedSince = null;
  }
  const state = boardState(agent);
  if (state === agent.state) return false;
  agent.state = state;
  agent.stateSince = at;
  return true;
}

/** The reason of the agent's own pause; a wrap-up pause is the wrap-up state, not a reason. */
export function pauseReasonOf(agent: AgentOnFloor): string | null {
  const reason = agent.presence?.queues.find((entry) => entry.paused)?.pauseReason ?? null;
  return reason === WRAP_UP_REASON ? null : reason;
}

export function agentRow(agent: AgentOnFloor, at: Date): AgentBoardRow {
  const running = agent.pausedSince ? (at.getTime() - agent.pausedSince.getTime()) / 1000 : 0;
  const live = agent.call ?? agent.ringing;
  return {
    userId: agent.userId,
    displayName: agent.displayName,
    extension: agent.extension,
    state: agent.state,
    stateSince: agent.stateSince.toISOString(),
    pauseReason: agent.state === 'paused' ? pauseReasonOf(agent) : null,
    queues: agent.presence?.queues.map((entry) => entry.queue) ?? [],
    call: live ? boardCall(live, agent.call !== null) : null,
    today: {
      handled: agent.handled,
      averageHandleTime: agent.handled > 0 ? agent.handleSeconds / agent.handled : null,
      pauseSeconds: Math.round(agent.pauseSeconds + running),
    },
  };
}

function boardCall(call: AgentCall, answered: boolean): AgentBoardCall {
  return {
    callId: call.callId,
    number: call.number,
    queue: call.queue,
    client: call.client?.client ?? null,
    openOrdersValue: call.client?.openOrdersValue ?? null,
    debt: call.client?.debt ?? null,
    currency: call.client?.currency ?? null,
    since: call.since.toISOString(),
    answered,
  };
}
