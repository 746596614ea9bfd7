import { Injectable, effect, inject, signal, untracked } from '@angular/core';
import { AgentMonitoredPayload } from '@switchboard/contracts';

import { SessionStore } from '../auth/session.store';
import { RealtimeService } from '../realtime/realtime.service';

/**
 * Supervisors monitoring this agent's calls now, as the server tells the agent (only when the console setting
 * says agents are told). A mode change arrives as a new `monitor.started` of the same session.
 */
@Injectable({ providedIn: 'root' })
export class MonitorNoticesStore {
  private readonly session = inject(SessionStore);
  private readonly state = signal<AgentMonitoredPayload[]>([]);

  readonly notices = this.state.asReadonly();

  constructor() {
    const realtime = inject(RealtimeService);
    realtime.on('monitor.started', (notice) =>
      this.state.update((notices) => [...notices.filter((n) => n.sessionId !== notice.sessionId), notice]),
    );
    realtime.on('monitor.ended', ({ sessionId }) =>
      this.state.update((notices) => notices.filter((notice) => notice.sessionId !== sessionId)),
    );
    // Another user signing in on this tab starts with no notices.
    let userId = this.session.user()?.id;
    effect(() => {
      const current = this.session.user()?.id;
      if (current !== userId) untracked(() => this.state.set([]));
      userId = current;
    });
  }
}
