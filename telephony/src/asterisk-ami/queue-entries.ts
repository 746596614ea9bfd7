import { PbxEvent } from '../port/pbx-events';
import { AmiMessage } from './ami-parser';

/**
 * The callers a QueueStatus list shows waiting (its `QueueEntry` items), named by their call's Linkedid,
 * which QueueEntry lacks and the same resync's CoreShowChannels list gives by Uniqueid.
 */
export function waitingCallers(queueStatus: AmiMessage[], channels: AmiMessage[], at: Date): PbxEvent {
  const linkedids = new Map(channels.map((channel) => [channel['uniqueid'], channel['linkedid']]));
  const callers = queueStatus
    .filter((item) => item['event'] === 'QueueEntry' && item['queue'])
    .map((item) => ({
      callId: linkedids.get(item['uniqueid']) ?? item['uniqueid'],
      queue: item['queue'],
      callerNumber: item['calleridnum'] ?? '',
      joinedAt: new Date(at.getTime() - Number(item['wait'] ?? 0) * 1000),
    }))
    .filter((caller) => caller.callId);
  return { type: 'queue.callersListed', at, callers };
}
