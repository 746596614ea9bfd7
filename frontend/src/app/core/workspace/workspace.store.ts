import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { WorkspaceFacts } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

/** The installation's phone region and currency, loaded once when a signed-in page first needs them. */
@Injectable({ providedIn: 'root' })
export class WorkspaceStore {
  private readonly http = inject(HttpClient);
  private loading: Promise<void> | null = null;

  readonly facts = signal<WorkspaceFacts | null>(null);

  /** A failure is retried on the next call; until then numbers are shown internationally. */
  ensureLoaded(): Promise<void> {
    this.loading ??= firstValueFrom(this.http.get<WorkspaceFacts>('/api/workspace'))
      .then((facts) => this.facts.set(facts))
      .catch(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
