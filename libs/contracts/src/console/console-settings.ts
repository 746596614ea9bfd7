/** Admin-defined choices of the agent console. */
export interface ConsoleSettings {
  /** Reasons an agent can pause with (lunch, training, back office ...). */
  pauseReasons: string[];
  /** Disposition codes for wrap-up, with the label agents see. */
  dispositionCodes: { code: string; label: string }[];
  /** After this many seconds of wrap-up the agent is available again; null: until the wrap-up is saved. */
  wrapUpSeconds: number | null;
  /** Whether an agent sees that a supervisor listens to, whispers into or barges into their call. */
  tellAgentWhenMonitored: boolean;
}

export type UpdateConsoleSettingsRequest = Partial<ConsoleSettings>;

/** What a new installation starts with. These are named in each language; what an admin types stays as typed. */
export const DEFAULT_PAUSE_REASONS = ['lunch', 'training', 'back office'] as const;
export const DEFAULT_DISPOSITION_CODES = [
  { code: 'resolved', label: 'Resolved' },
  { code: 'sale', label: 'Sale' },
  { code: 'call-back', label: 'Call back later' },
  { code: 'complaint', label: 'Complaint' },
  { code: 'not-interested', label: 'Not interested' },
] as const;
