import { AgentPresence, DeviceState, QueueMembership } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';

type PresenceEvent = Extract<PbxEvent, { type: 'agent.deviceChanged' | 'agent.queueChanged' }>;

/** The presence an event leaves behind; null when it changes nothing, so nothing is sent for it. */
export function nextPresence(
  current: AgentPresence | undefined,
  userId: string,
  event: PresenceEvent,
): AgentPresence | null {
  const before: AgentPresence = current ?? {
    userId,
    extension: event.agent,
    device: 'unknown',
    queues: [],
    updatedAt: event.at.toISOString(),
  };
  const after: AgentPresence =
    event.type === 'agent.deviceChanged'
      ? withDevice(before, event.device)
      : withQueue(
          before,
          event.queue,
          event.member ? { queue: event.queue, paused: event.paused, pauseReason: event.pauseReason } : null,
        );
  if (
    current &&
    JSON.stringify({ ...after, updatedAt: '' }) === JSON.stringify({ ...current, updatedAt: '' })
  )
    return null;
  return { ...after, userId, updatedAt: event.at.toISOString() };
}

function withDevice(presence: AgentPresence, device: DeviceState): AgentPresence {
  return { ...presence, device };
}

function withQueue(
  presence: AgentPresence,
  queue: string,
  membership: QueueMembership | null,
): AgentPresence {
  const others = presence.queues.filter((entry) => entry.queue !== queue);
  const queues = membership ? [...others, membership] : others;
  return { ...presence, queues: queues.sort((a, b) => a.queue.localeCompare(b.queue)) };
}
