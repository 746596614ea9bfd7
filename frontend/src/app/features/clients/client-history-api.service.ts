import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateHistoryEntryRequest, HistoryEntry, HistoryQuery, Page } from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';

/** A client's timeline. */
@Injectable({ providedIn: 'root' })
export class ClientHistoryApiService {
  private readonly http = inject(HttpClient);

  list(clientId: string, query: HistoryQuery): Observable<Page<HistoryEntry>> {
    return this.http.get<Page<HistoryEntry>>(`/api/clients/${encodeURIComponent(clientId)}/history`, {
      params: queryParams(query),
    });
  }

  add(clientId: string, request: CreateHistoryEntryRequest): Observable<HistoryEntry> {
    return this.http.post<HistoryEntry>(`/api/clients/${encodeURIComponent(clientId)}/history`, request);
  }
}
