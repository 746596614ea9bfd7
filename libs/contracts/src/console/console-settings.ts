/** Admin-defined choices of the agent console. */
export interface ConsoleSettings {
  /** Reasons an agent can pause with (lunch, training, back office ...). */
  pauseReasons: string[];
  /** Disposition codes for wrap-up, with the label agents see. */
  dispositionCodes: { code: string; label: string }[];
  /** After this many seconds of wrap-up the agent is available again; null: until the wrap-up is saved. */
  wrapUpSeconds: number | null;
}

export type UpdateConsoleSettingsRequest = Partial<ConsoleSettings>;
