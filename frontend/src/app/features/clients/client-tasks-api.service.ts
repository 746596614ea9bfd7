import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Page, Task, TaskListQuery } from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';

/** A client's tasks, and marking one done. */
@Injectable({ providedIn: 'root' })
export class ClientTasksApiService {
  private readonly http = inject(HttpClient);

  list(query: TaskListQuery): Observable<Page<Task>> {
    return this.http.get<Page<Task>>('/api/tasks', { params: queryParams(query) });
  }

  complete(taskId: string): Observable<Task> {
    return this.http.post<Task>(`/api/tasks/${encodeURIComponent(taskId)}/done`, {});
  }
}
