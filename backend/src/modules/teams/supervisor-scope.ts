/** What a user may supervise: everything (admins), or their teams' queues and members. */
export interface SupervisorScope {
  all: boolean;
  queues: ReadonlySet<string>;
  agentIds: ReadonlySet<string>;
}
