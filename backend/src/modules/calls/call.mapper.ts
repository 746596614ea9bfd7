import { CallRecord } from '@switchboard/contracts';
import { CallEntity } from './call.entity';

export function toCallRecord(call: CallEntity): CallRecord {
  return {
    id: call.id,
    direction: call.direction,
    callerNumber: call.callerNumber,
    calleeNumber: call.calleeNumber,
    did: call.did,
    queue: call.queue,
    agent: call.agent ? { id: call.agent.id, displayName: call.agent.displayName } : null,
    agentExtension: call.agentExtension,
    client: call.client ? { id: call.client.id, displayName: call.client.displayName } : null,
    startedAt: call.startedAt.toISOString(),
    answeredAt: call.answeredAt?.toISOString() ?? null,
    endedAt: call.endedAt?.toISOString() ?? null,
    waitSeconds: call.waitSeconds,
    talkSeconds: call.talkSeconds,
    holdSeconds: call.holdSeconds,
    disposition: call.disposition,
    recording: call.recording,
    timeline: call.timeline,
    wrapUp:
      call.wrapUpCode && call.wrappedUpAt
        ? {
            code: call.wrapUpCode,
            note: call.wrapUpNote,
            orderId: call.wrapUpOrderId,
            taskId: call.wrapUpTaskId,
            at: call.wrappedUpAt.toISOString(),
            by: call.wrappedUpBy
              ? { id: call.wrappedUpBy.id, displayName: call.wrappedUpBy.displayName }
              : null,
          }
        : null,
  };
}
