import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ChangeMonitorModeRequest,
  MonitorMode,
  MonitorSession,
  PauseRequest,
  QueueSettings,
  StartMonitorRequest,
  UpdateQueueSettingsRequest,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/**
 * The supervisor's requests: queue settings, actions on an agent, monitoring. What they change comes back
 * as the wallboard's deltas.
 */
@Injectable({ providedIn: 'root' })
export class SupervisorApiService {
  private readonly http = inject(HttpClient);

  queueSettings(): Observable<QueueSettings[]> {
    return this.http.get<QueueSettings[]>('/api/queues/settings');
  }

  updateQueueSettings(queue: string, request: UpdateQueueSettingsRequest): Observable<QueueSettings> {
    return this.http.put<QueueSettings>(`/api/queues/${id(queue)}/settings`, request);
  }

  /** Pauses (with a reason) or unpauses the agent in every queue, or in `queue` only. */
  pauseAgent(userId: string, request: PauseRequest): Observable<void> {
    return this.http.post<void>(`/api/supervisor/agents/${id(userId)}/pause`, request);
  }

  logOutOfQueue(userId: string, queue: string): Observable<void> {
    return this.http.delete<void>(`/api/supervisor/agents/${id(userId)}/queues/${id(queue)}`);
  }

  startMonitor(agentId: string, mode: MonitorMode): Observable<MonitorSession> {
    return this.http.post<MonitorSession>('/api/monitoring', { agentId, mode } satisfies StartMonitorRequest);
  }

  changeMonitorMode(sessionId: string, mode: MonitorMode): Observable<MonitorSession> {
    return this.http.patch<MonitorSession>(`/api/monitoring/${id(sessionId)}`, {
      mode,
    } satisfies ChangeMonitorModeRequest);
  }

  stopMonitor(sessionId: string): Observable<void> {
    return this.http.delete<void>(`/api/monitoring/${id(sessionId)}`);
  }
}
