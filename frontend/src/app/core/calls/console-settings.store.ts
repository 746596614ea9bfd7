import { Injectable, inject, signal } from '@angular/core';
import { ConsoleSettings } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { ConsoleSettingsApiService } from './console-settings-api.service';

/** The console settings, loaded once per session and shared by the status menu and wrap-up. */
@Injectable({ providedIn: 'root' })
export class ConsoleSettingsStore {
  private readonly api = inject(ConsoleSettingsApiService);
  private loading: Promise<void> | null = null;

  readonly settings = signal<ConsoleSettings | null>(null);

  /** Loads the settings unless they are already here; a failure is retried on the next call. */
  ensureLoaded(): Promise<void> {
    this.loading ??= firstValueFrom(this.api.get())
      .then((settings) => this.settings.set(settings))
      .catch(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** After the admin saved new settings. */
  replace(settings: ConsoleSettings): void {
    this.settings.set(settings);
  }
}
