import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ConsoleSettings, UpdateConsoleSettingsRequest } from '@switchboard/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/console-settings';

/** The admin's choices for the console: pause reasons, disposition codes, the wrap-up limit. */
@Injectable({ providedIn: 'root' })
export class ConsoleSettingsApiService {
  private readonly http = inject(HttpClient);

  get(): Observable<ConsoleSettings> {
    return this.http.get<ConsoleSettings>(BASE);
  }

  update(request: UpdateConsoleSettingsRequest): Observable<ConsoleSettings> {
    return this.http.put<ConsoleSettings>(BASE, request);
  }
}
