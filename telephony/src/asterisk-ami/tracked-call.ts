import { CallDirection } from '@switchboard/contracts';
import { CallDisposition } from '../port/pbx-events';

/** What the Asterisk tracker knows about one call (all legs of one `Linkedid`). */
export interface TrackedCall {
  callId: string;
  /** Whether `call.started` went out: calls that never reach an agent or a queue (a survey) stay silent. */
  started: boolean;
  direction: CallDirection;
  callerNumber: string;
  /** Context and extension of the call's first channel: the DID of an inbound call. */
  firstContext: string | null;
  firstExten: string | null;
  queue: string | null;
  startedAt: Date;
  legs: Set<string>;
  /** Agents whose phones ring now, with the attempt number. */
  ringing: Map<string, number>;
  attempts: Map<string, number>;
  agent: string | null;
  /** The agent who placed an outbound call (dialled out, or click-to-call). */
  outboundBy: string | null;
  answeredAt: Date | null;
  onHold: boolean;
  /** Transferred and not yet picked up by the target: the target's ring and answer count. */
  transferPending: boolean;
  abandoned: boolean;
  busy: boolean;
  /** Where the PBX records the call, as the dialplan said. */
  recording: string | null;
  /** What the caller chose in the self-service menu (`SB_IVR_CHOICE`), as the dialplan said. */
  selfServiceChoice: string | null;
}

export function newCall(callId: string, at: Date, context: string | null, exten: string | null): TrackedCall {
  return {
    callId,
    started: false,
    direction: 'inbound',
    callerNumber: '',
    firstContext: context,
    firstExten: exten,
    queue: null,
    startedAt: at,
    legs: new Set(),
    ringing: new Map(),
    attempts: new Map(),
    agent: null,
    outboundBy: null,
    answeredAt: null,
    onHold: false,
    transferPending: false,
    abandoned: false,
    busy: false,
    recording: null,
    selfServiceChoice: null,
  };
}

export function disposition(call: TrackedCall): CallDisposition {
  if (call.answeredAt) return 'answered';
  if (call.abandoned || call.queue !== null) return 'abandoned';
  if (call.busy) return 'busy';
  return call.attempts.size > 0 ? 'no-answer' : 'failed';
}
