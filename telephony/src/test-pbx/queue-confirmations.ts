import { amiFrame } from '../asterisk-ami/ami-frame';
import { channelExtension } from '../asterisk-ami/channel-extension';
import { ScriptedAmiServer } from './scripted-ami-server';

/** Who is in which queue of the scripted PBX, by extension. */
export interface QueueMembers {
  membersOf(queue: string): string[];
}

/**
 * Makes the scripted PBX confirm queue actions the way Asterisk does, with QueueMember* events, so the
 * console's presence moves only when "the PBX" says so. Membership is kept here, per member interface: a
 * pause without a queue pauses that member in each of its queues.
 */
export function confirmQueueActions(pbx: ScriptedAmiServer): QueueMembers {
  const queuesOf = new Map<string, Set<string>>();
  const member = (event: string, queue: string, iface: string, extra: Record<string, string | number>) =>
    amiFrame({ Event: event, Queue: queue, Interface: iface, Status: 1, ...extra });
  pbx.onAction('QueueAdd', (action) => {
    const queues = queuesOf.get(action['interface']) ?? new Set<string>();
    queuesOf.set(action['interface'], queues.add(action['queue']));
    return [member('QueueMemberAdded', action['queue'], action['interface'], { Paused: 0 })];
  });
  pbx.onAction('QueueRemove', (action) => {
    queuesOf.get(action['interface'])?.delete(action['queue']);
    return [member('QueueMemberRemoved', action['queue'], action['interface'], {})];
  });
  pbx.onAction('QueuePause', (action) => {
    const paused = action['paused'] === 'true';
    const targets = action['queue'] ? [action['queue']] : [...(queuesOf.get(action['interface']) ?? [])];
    return targets.map((queue) =>
      member('QueueMemberPause', queue, action['interface'], {
        Paused: paused ? 1 : 0,
        PausedReason: paused ? (action['reason'] ?? '') : '',
      }),
    );
  });
  return {
    membersOf: (queue) =>
      [...queuesOf]
        .filter(([, queues]) => queues.has(queue))
        .map(([iface]) => channelExtension(iface) ?? iface),
  };
}
