import { AgentPresence, AgentStatus, DeviceState, QueueMembership } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';

type PresenceEvent = Extract<PbxEvent, { type: 'agent.deviceChanged' | 'agent.queueChanged' }>;

/** The pause reason the backend gives the PBX while an agent wraps up a call. */
export const WRAP_UP_REASON = 'wrap-up';

/** What the PBX says of an agent; the status is worked out from it and from the wrap-up (see `statusOf`). */
export type PbxPresence = Omit<AgentPresence, 'status' | 'wrapUpUntil' | 'wrapUpCallId'>;

export interface WrapUp {
  callId: string;
  until: Date | null;
}

export function emptyPresence(userId: string, extension: string, at: Date): PbxPresence {
  return { userId, extension, device: 'unknown', queues: [], updatedAt: at.toISOString() };
}

/** The presence an event leaves behind; null when it changes nothing, so nothing is sent for it. */
export function nextPresence(
  current: PbxPresence | undefined,
  userId: string,
  event: PresenceEvent,
): PbxPresence | null {
  const before = current ?? emptyPresence(userId, event.agent, event.at);
  const after =
    event.type === 'agent.deviceChanged'
      ? withDevice(before, event.device)
      : withQueue(before, event.queue, event.member ? membership(event) : null);
  if (current && after.device === current.device && sameQueues(after.queues, current.queues)) return null;
  return { ...after, userId, updatedAt: event.at.toISOString() };
}

/**
 * Wrapping up wins; then paused in any queue (also a wrap-up pause the backend no longer tracks, after a
 * restart: the agent still gets no calls and must see why); else available.
 */
export function statusOf(presence: PbxPresence, wrapUp: WrapUp | null): AgentPresence {
  const paused = presence.queues.some((entry) => entry.paused);
  const status: AgentStatus = wrapUp ? 'wrap-up' : paused ? 'paused' : 'available';
  return {
    ...presence,
    status,
    wrapUpUntil: wrapUp?.until?.toISOString() ?? null,
    wrapUpCallId: wrapUp?.callId ?? null,
  };
}

function membership(event: Extract<PresenceEvent, { type: 'agent.queueChanged' }>): QueueMembership {
  return { queue: event.queue, paused: event.paused, pauseReason: event.pauseReason };
}

function withDevice(presence: PbxPresence, device: DeviceState): PbxPresence {
  return { ...presence, device };
}

function withQueue(presence: PbxPresence, queue: string, entry: QueueMembership | null): PbxPresence {
  const others = presence.queues.filter((existing) => existing.queue !== queue);
  const queues = entry ? [...others, entry] : others;
  return { ...presence, queues: queues.sort((a, b) => a.queue.localeCompare(b.queue)) };
}

function sameQueues(a: QueueMembership[], b: QueueMembership[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (entry, i) =>
        entry.queue === b[i].queue && entry.paused === b[i].paused && entry.pauseReason === b[i].pauseReason,
    )
  );
}
