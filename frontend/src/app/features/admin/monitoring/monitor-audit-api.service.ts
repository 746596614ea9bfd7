import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { MonitorSession, Page } from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../../../core/http/query-params';
import { PageRequest } from '../../../shared/lists/paged-list';

/** The monitoring audit, `GET /api/monitoring`: every session, newest first (admins only). */
@Injectable({ providedIn: 'root' })
export class MonitorAuditApiService {
  private readonly http = inject(HttpClient);

  list(page: PageRequest): Observable<Page<MonitorSession>> {
    return this.http.get<Page<MonitorSession>>('/api/monitoring', { params: queryParams(page) });
  }
}
