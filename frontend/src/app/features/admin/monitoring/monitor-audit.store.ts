import { Injectable, inject, signal } from '@angular/core';
import { MonitorSession } from '@switchboard/contracts';
import { tap } from 'rxjs';

import { toRequestFailure } from '../../../core/http/api-error';
import { PagedList } from '../../../shared/lists/paged-list';
import { MonitorAuditApiService } from './monitor-audit-api.service';

/** Whole seconds a session lasted, or has lasted by `now` while it runs. */
export function sessionSeconds(session: MonitorSession, now: number): number {
  const end = session.endedAt === null ? now : Date.parse(session.endedAt);
  return Math.max(0, Math.floor((end - Date.parse(session.startedAt)) / 1000));
}

/** The first characters of a call's id: enough to tell calls apart and to search for the rest. */
export const shortCallId = (callId: string) => callId.slice(0, 8);

/** The admin's page of monitoring sessions, newest first, and what the server said when it failed. */
@Injectable()
export class MonitorAuditStore {
  private readonly api = inject(MonitorAuditApiService);

  /** The server's own words for the last failed load; null when it gave none (then `errorKey` says it). */
  readonly serverMessage = signal<string | null>(null);
  readonly sessions = new PagedList<MonitorSession>((page) =>
    this.api.list(page).pipe(
      tap({
        subscribe: () => this.serverMessage.set(null),
        error: (error: unknown) => this.serverMessage.set(toRequestFailure(error).message || null),
      }),
    ),
  );
}
