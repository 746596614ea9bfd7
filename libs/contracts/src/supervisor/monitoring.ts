import { UserRef } from '../clients/client';

/** ChanSpy's modes: listen only (`q`), whisper to the agent (`w`), talk to both (`B`). */
export const MONITOR_MODES = ['listen', 'whisper', 'barge'] as const;
export type MonitorMode = (typeof MONITOR_MODES)[number];

export interface StartMonitorRequest {
  agentId: string;
  mode: MonitorMode;
}

export interface ChangeMonitorModeRequest {
  mode: MonitorMode;
}

/** One supervisor's monitoring of one agent's call, as the audit keeps it. */
export interface MonitorSession {
  id: string;
  supervisor: UserRef;
  agent: UserRef;
  callId: string | null;
  mode: MonitorMode;
  /** Every mode the session had, the first one included. */
  modeChanges: { at: string; mode: MonitorMode }[];
  startedAt: string;
  /** Null while it runs. */
  endedAt: string | null;
}

/** `monitor.started` / `monitor.ended` to the agent, when the setting says agents are told. */
export interface AgentMonitoredPayload {
  sessionId: string;
  supervisor: UserRef;
  mode: MonitorMode;
}
