import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Page, PbxQueues, SaveTeamRequest, Team, User } from '@switchboard/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/teams';

/** `/api/teams`, and what the team form picks from: users and the PBX's queues. */
@Injectable({ providedIn: 'root' })
export class TeamsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<Team[]> {
    return this.http.get<Team[]>(BASE);
  }

  create(request: SaveTeamRequest): Observable<Team> {
    return this.http.post<Team>(BASE, request);
  }

  update(id: string, request: SaveTeamRequest): Observable<Team> {
    return this.http.put<Team>(`${BASE}/${encodeURIComponent(id)}`, request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`);
  }

  /** One page of active users, by login. */
  activeUsers(page: number, pageSize: number): Observable<Page<User>> {
    const params = new HttpParams({ fromObject: { active: true, page, pageSize } });
    return this.http.get<Page<User>>('/api/users', { params });
  }

  queues(): Observable<PbxQueues> {
    return this.http.get<PbxQueues>('/api/agents/queues');
  }
}
