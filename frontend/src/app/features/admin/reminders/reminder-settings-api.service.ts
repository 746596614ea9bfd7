import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ReminderSettings, UpdateReminderSettingsRequest } from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** The reminder calls' rules (admins). */
@Injectable({ providedIn: 'root' })
export class ReminderSettingsApiService {
  private readonly http = inject(HttpClient);

  get(): Observable<ReminderSettings> {
    return this.http.get<ReminderSettings>('/api/reminders/settings');
  }

  update(request: UpdateReminderSettingsRequest): Observable<ReminderSettings> {
    return this.http.put<ReminderSettings>('/api/reminders/settings', request);
  }
}
