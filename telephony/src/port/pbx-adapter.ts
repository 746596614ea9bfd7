import { PbxLinkState } from '@switchboard/contracts';
import { PbxEvent } from './pbx-events';

/** Ring the agent's own phone first; when they pick up, the PBX dials `number`. */
export interface OriginateRequest {
  /** An id for the new call chosen up front; a PBX that picks its own ids answers with that instead. */
  callId: string;
  agent: string;
  number: string;
  /** Shown to the agent while their phone rings. */
  callerName?: string;
}

export interface QueueMemberRequest {
  agent: string;
  queue: string;
}

export interface PauseMemberRequest {
  agent: string;
  paused: boolean;
  reason?: string | null;
  /** Every queue of the agent when left out. */
  queue?: string | null;
}

export type PbxListener = (event: PbxEvent) => void;

/**
 * What every PBX adapter (Asterisk AMI, Binotel) implements. Events reach `onEvent` listeners in the
 * PBX's order; actions resolve once the PBX accepted them.
 */
export interface PbxAdapter {
  readonly linkState: PbxLinkState;
  onEvent(listener: PbxListener): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves with the PBX's id of the new call once the PBX accepted it. */
  originate(request: OriginateRequest): Promise<string>;
  addQueueMember(request: QueueMemberRequest): Promise<void>;
  removeQueueMember(request: QueueMemberRequest): Promise<void>;
  pauseQueueMember(request: PauseMemberRequest): Promise<void>;
  /** The names of the queues the PBX has configured, sorted. */
  queues(): Promise<string[]>;
}

/** An action this PBX cannot do (Binotel has no queue membership over its API, say). */
export class PbxActionUnsupportedError extends Error {
  constructor(readonly action: string) {
    super(`The PBX does not support ${action}`);
  }
}
