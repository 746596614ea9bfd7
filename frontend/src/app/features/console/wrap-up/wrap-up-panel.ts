import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { AgentApiService } from '../../../core/calls/agent-api.service';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { CallsApiService } from '../../../core/calls/calls-api.service';
import { formatCountdown, secondsLeft, ticking } from '../../../core/calls/clock';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { WrapUpFormValue, toWrapUpRequest, wrapUpFieldErrors } from './wrap-up.model';
import { DispositionLabelPipe } from '../../../shared/console-defaults/console-default-names.pipe';

/** After a call: disposition code, note, follow-up and order, in the call dock under the call's pop. */
@Component({
  selector: 'sb-wrap-up-panel',
  imports: [
    DispositionLabelPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTimepickerModule,
    TranslocoPipe,
  ],
  templateUrl: './wrap-up-panel.html',
  styleUrl: './wrap-up-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WrapUpPanel {
  protected readonly calls = inject(CallEventsStore);
  private readonly settingsStore = inject(ConsoleSettingsStore);
  private readonly api = inject(CallsApiService);
  private readonly agentApi = inject(AgentApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly now = ticking();

  protected readonly pending = this.calls.wrapUp;
  protected readonly codes = computed(() => this.settingsStore.settings()?.dispositionCodes ?? []);
  protected readonly orders = computed(() => this.pending()?.entry?.pop.openOrders ?? []);
  protected readonly caller = computed(() => {
    const pop = this.pending()?.entry?.pop;
    return pop ? (pop.client?.name ?? pop.callerNumber) : null;
  });
  protected readonly saving = signal(false);
  protected readonly errors = signal<Partial<Record<keyof WrapUpFormValue | 'form', string>>>({});
  protected readonly errorKey = signal<string | null>(null);
  /** The presence's deadline when the PBX set one, else the configured limit from the call's end. */
  private readonly deadline = computed(() => {
    const presence = this.calls.presence();
    const pending = this.pending();
    if (presence?.wrapUpUntil && presence.wrapUpCallId === pending?.callId) return presence.wrapUpUntil;
    const limit = this.settingsStore.settings()?.wrapUpSeconds ?? null;
    return limit !== null && pending?.endedAt ? Date.parse(pending.endedAt) + limit * 1000 : null;
  });
  protected readonly countdown = computed(() => {
    const left = secondsLeft(this.deadline(), this.now());
    return left === null ? null : formatCountdown(left);
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    code: ['', Validators.required],
    note: [''],
    followUp: [false],
    followUpTitle: [''],
    followUpDue: this.fb.control<Date | null>(null),
    followUpDueTime: this.fb.control<Date | null>(null),
    orderId: [''],
  });

  constructor() {
    effect(() => {
      const callId = this.pending()?.callId;
      untracked(() => {
        if (!callId) return;
        this.form.reset();
        this.errors.set({});
        this.errorKey.set(null);
        void this.settingsStore.ensureLoaded();
      });
    });
  }

  protected async save(): Promise<void> {
    const pending = this.pending();
    if (!pending || this.form.invalid || this.saving()) return this.form.markAllAsTouched();
    this.saving.set(true);
    this.errors.set({});
    this.errorKey.set(null);
    try {
      await firstValueFrom(this.api.wrapUp(pending.callId, toWrapUpRequest(this.form.getRawValue())));
      this.calls.closeWrapUp(true);
      this.snackBar.open(this.transloco.translate('wrapUp.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const failure = toRequestFailure(error);
      this.errors.set(wrapUpFieldErrors(failure.fieldErrors));
      this.errorKey.set(failure.fieldErrors.length ? 'wrapUp.fixErrors' : failureMessageKey(failure));
    } finally {
      this.saving.set(false);
    }
  }

  /** Ends wrap-up in the PBX now; the form stays so the agent can still save it. */
  protected async ready(): Promise<void> {
    try {
      await firstValueFrom(this.agentApi.ready());
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }

  protected close(): void {
    this.calls.closeWrapUp(false);
  }
}
