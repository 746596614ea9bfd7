import { Injectable, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { AgentBoardRow, MonitorMode, MonitorSession } from '@switchboard/contracts';
import { Observable, firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SupervisorApiService } from '../supervisor-api.service';

/** The session monitoring `row`'s call now, if this supervisor started one. */
export function sessionFor(
  sessions: ReadonlyMap<string, MonitorSession>,
  row: AgentBoardRow,
): MonitorSession | null {
  const session = sessions.get(row.userId);
  if (!session || session.endedAt !== null || !row.call) return null;
  return session.callId === null || session.callId === row.call.callId ? session : null;
}

/**
 * What a supervisor does to an agent: monitor their call, pause or unpause them, log them out of a queue.
 * The board shows the outcome from the deltas; a refusal is shown with the server's words. Kept for the
 * whole visit, so a monitoring session is still known after moving between screens.
 */
@Injectable({ providedIn: 'root' })
export class AgentActions {
  private readonly api = inject(SupervisorApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly sessionsState = signal<ReadonlyMap<string, MonitorSession>>(new Map());
  private readonly busyState = signal<ReadonlySet<string>>(new Set());

  /** This supervisor's monitoring sessions, by agent. */
  readonly sessions = this.sessionsState.asReadonly();
  /** Agents with a request under way. */
  readonly busy = this.busyState.asReadonly();

  async monitor(row: AgentBoardRow, mode: MonitorMode): Promise<void> {
    const current = sessionFor(this.sessions(), row);
    const result = await this.run(
      row.userId,
      current ? this.api.changeMonitorMode(current.id, mode) : this.api.startMonitor(row.userId, mode),
    );
    if (result.ok && result.value) this.keep(row.userId, result.value);
  }

  async stopMonitoring(row: AgentBoardRow): Promise<void> {
    const current = sessionFor(this.sessions(), row);
    if (current && (await this.run(row.userId, this.api.stopMonitor(current.id))).ok)
      this.keep(row.userId, null);
  }

  async pause(row: AgentBoardRow, reason: string | null): Promise<void> {
    await this.run(
      row.userId,
      this.api.pauseAgent(row.userId, { paused: true, ...(reason ? { reason } : {}) }),
    );
  }

  async unpause(row: AgentBoardRow): Promise<void> {
    await this.run(row.userId, this.api.pauseAgent(row.userId, { paused: false }));
  }

  async logOut(row: AgentBoardRow, queue: string): Promise<void> {
    await this.run(row.userId, this.api.logOutOfQueue(row.userId, queue));
  }

  private keep(agentId: string, session: MonitorSession | null): void {
    this.sessionsState.update((sessions) => {
      const next = new Map(sessions);
      if (session) next.set(agentId, session);
      else next.delete(agentId);
      return next;
    });
  }

  /** Runs a request for an agent; a refusal is shown here and comes back as not ok. */
  private async run<T>(
    agentId: string,
    request: Observable<T>,
  ): Promise<{ ok: true; value: T | undefined } | { ok: false }> {
    this.busyState.update((busy) => new Set(busy).add(agentId));
    try {
      return { ok: true, value: await firstValueFrom(request, { defaultValue: undefined }) };
    } catch (error) {
      const failure = toRequestFailure(error);
      const text = failure.message || this.transloco.translate(failureMessageKey(failure));
      this.snackBar.open(text, this.transloco.translate('agentBoard.dismiss'), { duration: 6000 });
      return { ok: false };
    } finally {
      this.busyState.update((busy) => {
        const next = new Set(busy);
        next.delete(agentId);
        return next;
      });
    }
  }
}
