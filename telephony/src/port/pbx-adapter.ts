import { MonitorMode, PbxLinkState } from '@switchboard/contracts';
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

/**
 * Ring the supervisor's own phone; once they answer they hear the agent's live call (`listen`), talk to the
 * agent alone (`whisper`) or to both sides (`barge`).
 */
export interface MonitorRequest {
  /** Chosen by the backend; `monitor.ended` names the session by it. */
  sessionId: string;
  /** The supervisor's extension. */
  supervisor: string;
  /** The extension of the agent whose call is monitored. */
  agent: string;
  mode: MonitorMode;
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
  /** Resolves once the PBX accepted the call to the supervisor; `monitor.ended` follows when it ends. */
  startMonitor(request: MonitorRequest): Promise<void>;
  changeMonitorMode(sessionId: string, mode: MonitorMode): Promise<void>;
  /** Resolves once the PBX hung up the supervisor's monitoring call, or when it has no such call any more. */
  stopMonitor(sessionId: string): Promise<void>;
}

/** An action this PBX cannot do (Binotel has no queue membership over its API, say). */
export class PbxActionUnsupportedError extends Error {
  constructor(readonly action: string) {
    super(`The PBX does not support ${action}`);
  }
}
