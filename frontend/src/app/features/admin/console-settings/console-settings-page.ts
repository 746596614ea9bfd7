import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ConsoleSettings } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { ConsoleSettingsApiService } from '../../../core/calls/console-settings-api.service';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { settingsFieldErrors, toSettingsRequest } from './console-settings.model';

/**
 * The agent console's choices: pause reasons, wrap-up disposition codes, the wrap-up time limit, whether agents
 * see that a supervisor monitors their call.
 */
@Component({
  selector: 'sb-console-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
  ],
  templateUrl: './console-settings-page.html',
  styleUrl: './console-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsoleSettingsPage implements OnInit {
  private readonly api = inject(ConsoleSettingsApiService);
  private readonly store = inject(ConsoleSettingsStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    pauseReasons: this.fb.control<string[]>([]),
    dispositionCodes: this.fb.array<ReturnType<ConsoleSettingsPage['codeRow']>>([]),
    wrapUpSeconds: ['', Validators.pattern(/^\s*\d*\s*$/)],
    tellAgentWhenMonitored: false,
  });

  async ngOnInit(): Promise<void> {
    try {
      this.fill(await firstValueFrom(this.api.get()));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loading.set(false);
    }
  }

  protected get codes() {
    return this.form.controls.dispositionCodes;
  }

  protected addReason(event: MatChipInputEvent): void {
    const reason = event.value.trim();
    const reasons = this.form.controls.pauseReasons;
    if (reason && !reasons.value.includes(reason)) reasons.setValue([...reasons.value, reason]);
    event.chipInput.clear();
  }

  protected removeReason(reason: string): void {
    const reasons = this.form.controls.pauseReasons;
    reasons.setValue(reasons.value.filter((item) => item !== reason));
  }

  protected addCode(code = '', label = ''): void {
    this.codes.push(this.codeRow(code, label));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.saving()) return this.form.markAllAsTouched();
    this.saving.set(true);
    this.errorKey.set(null);
    this.fieldErrors.set({});
    try {
      const saved = await firstValueFrom(this.api.update(toSettingsRequest(this.form.getRawValue())));
      this.fill(saved);
      this.store.replace(saved);
      this.snackBar.open(this.transloco.translate('consoleSettings.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const failure = toRequestFailure(error);
      this.fieldErrors.set(settingsFieldErrors(failure.fieldErrors));
      this.errorKey.set(
        failure.fieldErrors.length ? 'consoleSettings.fixErrors' : failureMessageKey(failure),
      );
    } finally {
      this.saving.set(false);
    }
  }

  private codeRow(code = '', label = '') {
    return this.fb.group({
      code: [code, [Validators.required, Validators.pattern(/^[a-z0-9-]{1,32}$/)]],
      label: [label, Validators.required],
    });
  }

  private fill(settings: ConsoleSettings): void {
    this.codes.clear();
    settings.dispositionCodes.forEach((row) => this.addCode(row.code, row.label));
    this.form.patchValue({
      pauseReasons: settings.pauseReasons,
      wrapUpSeconds: settings.wrapUpSeconds === null ? '' : String(settings.wrapUpSeconds),
      tellAgentWhenMonitored: settings.tellAgentWhenMonitored,
    });
  }
}
