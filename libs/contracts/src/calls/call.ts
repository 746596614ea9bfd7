import { UserRef } from '../clients/client';
import { CallWrapUp } from './wrap-up';

export const CALL_DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const CALL_DISPOSITIONS = ['answered', 'no-answer', 'busy', 'abandoned', 'failed'] as const;
export type CallDisposition = (typeof CALL_DISPOSITIONS)[number];

/** The dispositions of a call someone should return. */
export const MISSED_DISPOSITIONS: readonly CallDisposition[] = ['no-answer', 'busy', 'abandoned'];

export type CallStep =
  'started' | 'ringing' | 'ring-stopped' | 'answered' | 'held' | 'unheld' | 'transferred' | 'ended';

/** One state change of a call, in the order the PBX reported it. */
export interface CallTimelineEntry {
  at: string;
  step: CallStep;
  /** The agent's extension the step is about (who rang, answered, held, took the transfer). */
  extension: string | null;
  detail: string | null;
}

/** A stored call: one per PBX call id (Asterisk `Linkedid`, Binotel `generalCallID`). */
export interface CallRecord {
  id: string;
  direction: CallDirection;
  /** E.164 where the number could be read as one, else as the PBX gave it. */
  callerNumber: string;
  calleeNumber: string | null;
  did: string | null;
  queue: string | null;
  agent: UserRef | null;
  agentExtension: string | null;
  client: { id: string; displayName: string } | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  waitSeconds: number;
  talkSeconds: number;
  holdSeconds: number;
  /** Null while the call is in progress. */
  disposition: CallDisposition | null;
  recording: string | null;
  timeline: CallTimelineEntry[];
  /** Null until the agent saved the wrap-up. */
  wrapUp: CallWrapUp | null;
}

export interface CallListQuery {
  /** `mine` (default for operators) or everyone's (supervisors and admins). */
  scope?: 'mine' | 'all';
  direction?: CallDirection;
  disposition?: CallDisposition;
  /** Only calls that were not answered: no-answer, busy or abandoned. */
  missed?: boolean;
  clientId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** Click-to-call: ring the agent's own phone first, then `number`. */
export interface OriginateCallRequest {
  number: string;
  clientId?: string | null;
}

export interface OriginateCallResponse {
  callId: string;
}

/** Where the browser plays a call's recording: a signed link of the asking user, valid until `expiresAt`. */
export interface RecordingLink {
  url: string;
  expiresAt: string;
}
