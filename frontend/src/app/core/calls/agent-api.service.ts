import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AgentPresence, PauseRequest, PbxQueues, QueueLoginRequest } from '@switchboard/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/agents/me';
const PBX_QUEUES = '/api/agents/queues';

/** The signed-in agent's presence: queues, pause and the end of wrap-up. Changes are confirmed by
 * `agent.statusChanged` once the PBX has applied them. */
@Injectable({ providedIn: 'root' })
export class AgentApiService {
  private readonly http = inject(HttpClient);

  me(): Observable<AgentPresence> {
    return this.http.get<AgentPresence>(BASE);
  }

  /** Every queue the PBX has, for the queue picker. */
  pbxQueues(): Observable<PbxQueues> {
    return this.http.get<PbxQueues>(PBX_QUEUES);
  }

  join(queue: string): Observable<void> {
    return this.http.post<void>(`${BASE}/queues`, { queue } satisfies QueueLoginRequest);
  }

  leave(queue: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/queues/${encodeURIComponent(queue)}`);
  }

  pause(request: PauseRequest): Observable<void> {
    return this.http.post<void>(`${BASE}/pause`, request);
  }

  ready(): Observable<void> {
    return this.http.post<void>(`${BASE}/ready`, {});
  }
}
