import { CallDirection, CallDisposition, DeviceState } from '@switchboard/contracts';

export type { CallDisposition };

/** Why an agent's phone stopped ringing without them answering. */
export type RingStopReason = 'no-answer' | 'busy' | 'answered-elsewhere' | 'caller-hung-up';

/**
 * Where an event's time went inside this process, in `performance.now()` milliseconds: when the PBX's frame
 * behind it was read off the socket, and when the adapter had turned it into this event. Set by adapters
 * that read a stream (Asterisk AMI), so the backend can time the screen-pop from the first byte.
 */
export interface PbxEventTiming {
  frameReadAt: number;
  normalizedAt: number;
}

interface CallRef {
  /** The PBX's id for the whole call across its legs (Asterisk: Linkedid, Binotel: generalCallID). */
  callId: string;
  at: Date;
  timing?: PbxEventTiming;
}

/**
 * What any PBX adapter reports, in the CRM's words. Numbers are as the PBX gave them; the backend
 * normalizes them. Agents are named by their SIP extension.
 */
export type PbxEvent =
  | (CallRef & {
      type: 'call.started';
      direction: CallDirection;
      callerNumber: string;
      /** The number dialled: the DID of an inbound call, the customer's number of an outbound one. */
      calleeNumber: string | null;
      queue: string | null;
    })
  | (CallRef & {
      type: 'agent.ringing';
      agent: string;
      callerNumber: string;
      queue: string | null;
      attempt: number;
      /** What the caller chose in the PBX's self-service menu before the queue, when the PBX says. */
      selfServiceChoice?: string;
    })
  | (CallRef & { type: 'agent.stoppedRinging'; agent: string; reason: RingStopReason })
  | (CallRef & { type: 'call.answered'; agent: string; queue: string | null; waitSeconds: number })
  | (CallRef & { type: 'call.held'; agent: string | null })
  | (CallRef & { type: 'call.unheld'; agent: string | null })
  | (CallRef & { type: 'call.transferred'; from: string | null; to: string; kind: 'blind' | 'attended' })
  | (CallRef & {
      type: 'call.ended';
      disposition: CallDisposition;
      agent: string | null;
      talkSeconds: number;
      /** Where the PBX keeps the recording, when it made one. */
      recording?: string | null;
    })
  | (CallRef & { type: 'queue.callerJoined'; queue: string; position: number; callerNumber: string })
  | (CallRef & { type: 'queue.callerLeft'; queue: string })
  | (CallRef & { type: 'queue.callerAbandoned'; queue: string; waitSeconds: number })
  | {
      /** Everyone waiting in a queue now, listed after every (re)connect: whoever is not listed has left. */
      type: 'queue.callersListed';
      at: Date;
      callers: { callId: string; queue: string; callerNumber: string; joinedAt: Date }[];
    }
  | { type: 'agent.deviceChanged'; at: Date; agent: string; device: DeviceState }
  | {
      type: 'agent.queueChanged';
      at: Date;
      agent: string;
      queue: string;
      /** False once the agent has left the queue. */
      member: boolean;
      paused: boolean;
      pauseReason: string | null;
    }
  /** A supervisor's monitoring call ended: hung up, never answered, or the monitored call ended. */
  | { type: 'monitor.ended'; at: Date; sessionId: string }
  /** A survey call the backend originated was answered by the client, or why it was not. */
  | { type: 'survey.dialed'; at: Date; attemptId: string; outcome: SurveyDialOutcome }
  /** What the client keyed for one question: the digits, or null when nothing valid came twice (skipped). */
  | { type: 'survey.answerKeyed'; at: Date; attemptId: string; questionId: string; digits: string | null }
  | { type: 'survey.hungUp'; at: Date; attemptId: string }
  /** A reminder call the backend originated was answered by the client, or why it was not. */
  | { type: 'reminder.dialed'; at: Date; attemptId: string; outcome: SurveyDialOutcome }
  /** The key the client pressed after the reminder: a digit, or null when nothing valid came twice. */
  | { type: 'reminder.keyed'; at: Date; attemptId: string; digit: string | null }
  | { type: 'reminder.hungUp'; at: Date; attemptId: string };

export type SurveyDialOutcome = 'answered' | 'noAnswer' | 'busy' | 'failed';

export type PbxEventType = PbxEvent['type'];
