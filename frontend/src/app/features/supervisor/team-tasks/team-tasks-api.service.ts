import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { TeamTaskPeriod, TeamTaskSummary } from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** `/api/supervisor/team-tasks`: how the caller's agents stand with their tasks. */
@Injectable({ providedIn: 'root' })
export class TeamTasksApiService {
  private readonly http = inject(HttpClient);

  summary(period: TeamTaskPeriod): Observable<TeamTaskSummary> {
    return this.http.get<TeamTaskSummary>('/api/supervisor/team-tasks', {
      params: new HttpParams({ fromObject: { period } }),
    });
  }
}
