import { Injectable } from '@nestjs/common';
import { AgentMonitoredPayload, MonitorSession } from '@switchboard/contracts';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { ConsoleSettingsService } from '../console-settings/console-settings.service';

const payloadOf = (session: MonitorSession): AgentMonitoredPayload => ({
  sessionId: session.id,
  supervisor: session.supervisor,
  mode: session.mode,
});

/** Tells the agent a supervisor monitors their call, when the console setting says agents are told. */
@Injectable()
export class MonitorNotifier {
  constructor(
    private readonly settings: ConsoleSettingsService,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** Resolves with whether the agent was told. A mode change is told again, as a start in the new mode. */
  async started(session: MonitorSession): Promise<boolean> {
    if (!(await this.settings.get()).tellAgentWhenMonitored) return false;
    this.publisher.toUser(session.agent.id, 'monitor.started', payloadOf(session));
    return true;
  }

  /** Only to an agent who was told of the start. */
  ended(session: MonitorSession, agentNotified: boolean): void {
    if (agentNotified) this.publisher.toUser(session.agent.id, 'monitor.ended', payloadOf(session));
  }
}
