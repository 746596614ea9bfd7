/** What the PBX says about an agent's phone (Asterisk device states, simplified). */
export type DeviceState =
  'unknown' | 'not-in-use' | 'in-use' | 'busy' | 'ringing' | 'unavailable' | 'on-hold';

/** An agent's membership in one queue. */
export interface QueueMembership {
  queue: string;
  paused: boolean;
  pauseReason: string | null;
}

/** The agent's working state: available, paused for a reason, or wrapping up the last call. */
export type AgentStatus = 'available' | 'paused' | 'wrap-up';

export interface AgentPresence {
  userId: string;
  extension: string;
  device: DeviceState;
  queues: QueueMembership[];
  status: AgentStatus;
  /** While in wrap-up with a time limit: when the agent becomes available again. */
  wrapUpUntil: string | null;
  /** The call being wrapped up. */
  wrapUpCallId: string | null;
  updatedAt: string;
}

/** The queues configured in the PBX, by name. */
export interface PbxQueues {
  queues: string[];
}

export interface QueueLoginRequest {
  queue: string;
}

export interface PauseRequest {
  paused: boolean;
  reason?: string | null;
  /** Every queue of the agent when left out. */
  queue?: string | null;
}
