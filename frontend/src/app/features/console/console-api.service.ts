import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateHistoryEntryRequest, CreateTaskRequest, HistoryEntry, Task } from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** What the agent does for a caller during the call: a note in the timeline, a task. */
@Injectable({ providedIn: 'root' })
export class ConsoleApiService {
  private readonly http = inject(HttpClient);

  addNote(clientId: string, text: string): Observable<HistoryEntry> {
    const request: CreateHistoryEntryRequest = { kind: 'note', text };
    return this.http.post<HistoryEntry>(`/api/clients/${encodeURIComponent(clientId)}/history`, request);
  }

  createTask(task: CreateTaskRequest): Observable<Task> {
    return this.http.post<Task>('/api/tasks', task);
  }
}
