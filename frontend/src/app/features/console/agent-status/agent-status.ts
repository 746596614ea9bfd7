import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDividerModule } from '@angular/material/divider';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable, firstValueFrom } from 'rxjs';

import { AgentApiService } from '../../../core/calls/agent-api.service';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { callFailureKey } from '../../../core/calls/call-failure';
import { CallNotifier } from '../../../core/calls/call-notifier';
import { formatCountdown, secondsLeft, ticking } from '../../../core/calls/clock';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { toRequestFailure } from '../../../core/http/api-error';
import { PauseReasonPipe } from '../../../shared/console-defaults/console-default-names.pipe';

const STATUS_ICONS = {
  available: 'check_circle',
  paused: 'pause_circle',
  'wrap-up': 'edit_note',
  unknown: 'help',
};

/** The agent's status in the toolbar: available, paused for a reason, wrap-up with its countdown; and queues. */
@Component({
  selector: 'sb-agent-status',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatDividerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    PauseReasonPipe,
    TranslocoPipe,
  ],
  templateUrl: './agent-status.html',
  styleUrl: './agent-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentStatus {
  private readonly calls = inject(CallEventsStore);
  private readonly api = inject(AgentApiService);
  private readonly settingsStore = inject(ConsoleSettingsStore);
  private readonly notifier = inject(CallNotifier);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly now = ticking();

  protected readonly presence = this.calls.presence;
  protected readonly status = computed(() => this.presence()?.status ?? 'unknown');
  protected readonly icon = computed(() => STATUS_ICONS[this.status()]);
  protected readonly queues = computed(() => this.presence()?.queues ?? []);
  protected readonly pauseReason = computed(
    () => this.queues().find((queue) => queue.paused && queue.pauseReason)?.pauseReason ?? null,
  );
  protected readonly reasons = computed(() => this.settingsStore.settings()?.pauseReasons ?? []);
  protected readonly countdown = computed(() => {
    const presence = this.presence();
    const left = presence?.status === 'wrap-up' ? secondsLeft(presence.wrapUpUntil, this.now()) : null;
    return left === null ? null : formatCountdown(left);
  });
  protected readonly queueForm = new FormGroup({
    queue: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[\w.-]{1,64}$/)],
    }),
  });
  private readonly typedQueue = toSignal(this.queueForm.controls.queue.valueChanges, { initialValue: '' });
  /** The PBX's queues; empty where the PBX cannot list them (the name is then typed). */
  private readonly pbxQueues = signal<string[]>([]);
  protected readonly joinable = computed(() => {
    const joined = new Set(this.queues().map((queue) => queue.queue));
    const typed = this.typedQueue().trim().toLowerCase();
    return this.pbxQueues().filter((queue) => !joined.has(queue) && queue.toLowerCase().includes(typed));
  });

  /** Opened by a click: the user gesture browsers want before they ask about notifications. */
  protected menuOpened(): void {
    this.notifier.requestPermission();
    void this.settingsStore.ensureLoaded();
    void this.loadPbxQueues();
  }

  protected available(): Promise<void> {
    return this.send(this.status() === 'wrap-up' ? this.api.ready() : this.api.pause({ paused: false }));
  }

  protected pause(reason: string | null): Promise<void> {
    return this.send(this.api.pause({ paused: true, reason }));
  }

  protected async join(): Promise<void> {
    const queue = this.queueForm.controls.queue.value.trim();
    if (!queue || this.queueForm.invalid) return;
    await this.send(this.api.join(queue));
    this.queueForm.reset();
  }

  protected leave(queue: string): Promise<void> {
    return this.send(this.api.leave(queue));
  }

  private async loadPbxQueues(): Promise<void> {
    try {
      this.pbxQueues.set((await firstValueFrom(this.api.pbxQueues())).queues);
    } catch {
      this.pbxQueues.set([]);
    }
  }

  /** The shown state follows `agent.statusChanged` once the PBX applied the change. */
  private async send(request: Observable<void>): Promise<void> {
    try {
      await firstValueFrom(request, { defaultValue: undefined });
    } catch (error) {
      const key = callFailureKey(toRequestFailure(error));
      this.snackBar.open(this.transloco.translate(key), undefined, { duration: 5000 });
    }
  }
}
