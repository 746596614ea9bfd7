/** How a call ended, as the CRM stores it. */
export type CallDisposition = 'answered' | 'no-answer' | 'busy' | 'abandoned' | 'failed';

/** Why an agent's phone stopped ringing without them answering. */
export type RingStopReason = 'no-answer' | 'busy' | 'answered-elsewhere' | 'caller-hung-up';

interface CallRef {
  /** The PBX's id for the whole call across its legs (Asterisk: Linkedid). */
  callId: string;
  at: Date;
}

/**
 * What any PBX adapter reports, in the CRM's words. Numbers are as the PBX gave them; the backend
 * normalizes them. Agents are named by their SIP extension.
 */
export type PbxEvent =
  | (CallRef & { type: 'call.started'; callerNumber: string; queue: string | null })
  | (CallRef & {
      type: 'agent.ringing';
      agent: string;
      callerNumber: string;
      queue: string | null;
      attempt: number;
    })
  | (CallRef & { type: 'agent.stoppedRinging'; agent: string; reason: RingStopReason })
  | (CallRef & { type: 'call.answered'; agent: string; queue: string | null; waitSeconds: number })
  | (CallRef & {
      type: 'call.ended';
      disposition: CallDisposition;
      agent: string | null;
      talkSeconds: number;
    })
  | (CallRef & { type: 'queue.callerJoined'; queue: string; position: number; callerNumber: string })
  | (CallRef & { type: 'queue.callerAbandoned'; queue: string; waitSeconds: number });
