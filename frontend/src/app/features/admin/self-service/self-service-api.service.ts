import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { QueueSettings, SelfServiceRouting, UpdateSelfServiceRoutingRequest } from '@switchboard/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/selfservice/routing';

/** The self-service menu's routing of debtors and VIP callers, and the queues they may be sent to. */
@Injectable({ providedIn: 'root' })
export class SelfServiceApiService {
  private readonly http = inject(HttpClient);

  routing(): Observable<SelfServiceRouting> {
    return this.http.get<SelfServiceRouting>(BASE);
  }

  update(request: UpdateSelfServiceRoutingRequest): Observable<SelfServiceRouting> {
    return this.http.put<SelfServiceRouting>(BASE, request);
  }

  queues(): Observable<QueueSettings[]> {
    return this.http.get<QueueSettings[]>('/api/queues/settings');
  }
}
