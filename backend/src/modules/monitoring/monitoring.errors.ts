import { DomainError } from '../../core/http/domain-error';

/** Monitoring needs a live call: the agent is not talking to anyone now. */
export class AgentNotOnCallError extends DomainError {
  constructor(agentId: string) {
    super('AGENT_NOT_ON_CALL', 'The agent is not on a call now, so there is nothing to listen to', {
      agentId,
    });
  }
}

export class MonitorSessionNotFoundError extends DomainError {
  constructor(id: string) {
    super('MONITOR_SESSION_NOT_FOUND', `No monitoring session ${id}`);
  }
}

export class MonitorSessionEndedError extends DomainError {
  constructor(id: string) {
    super('MONITOR_SESSION_ENDED', `Monitoring session ${id} has ended`);
  }
}
