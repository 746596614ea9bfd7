import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DemoPhoneAction, DemoPhoneLine } from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** The demo phone's actions on the call at the agent's own extension (simulated PBX only). */
@Injectable({ providedIn: 'root' })
export class DemoPhoneApi {
  private readonly http = inject(HttpClient);

  act(action: DemoPhoneAction): Observable<DemoPhoneLine> {
    return this.http.post<DemoPhoneLine>(`/api/demo-phone/${action}`, {});
  }
}
