import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { QueueSettings, QueueThresholds } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SERVER_ERROR } from '../../../shared/forms/field-error.pipe';
import { applyServerErrors, serverReasonKey } from '../../../shared/forms/server-errors';
import { SupervisorApiService } from '../supervisor-api.service';

export interface QueueSettingsDialogData {
  settings: QueueSettings;
}

const WHOLE = Validators.pattern(/^\d+$/);
const THRESHOLDS: { key: keyof QueueThresholds; max: number | null }[] = [
  { key: 'waitingAmber', max: null },
  { key: 'waitingRed', max: null },
  { key: 'longestWaitAmberSeconds', max: null },
  { key: 'longestWaitRedSeconds', max: null },
  { key: 'serviceLevelAmberPercent', max: 100 },
  { key: 'serviceLevelRedPercent', max: 100 },
];

const count = (value: number | null, required: boolean, max: number | null) =>
  new FormControl<number | null>(value, [
    ...(required ? [Validators.required] : []),
    Validators.min(0),
    ...(max === null ? [] : [Validators.max(max)]),
    WHOLE,
  ]);

/** The translation key of a control's first error, in words the app already has. */
export function settingsErrorKey(errors: ValidationErrors | null): string | null {
  if (!errors) return null;
  if (errors[SERVER_ERROR]) return String(errors[SERVER_ERROR]);
  if (errors['required']) return 'validation.required';
  if (errors['min']) return 'validation.server.TOO_SMALL';
  if (errors['max']) return 'validation.server.TOO_LARGE';
  return 'validation.pattern';
}

/** An admin sets one queue's service-level and short-abandon times and its tile's thresholds. */
@Component({
  selector: 'sb-queue-settings-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './queue-settings-dialog.html',
  styles: '.pairs { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; } h3 { margin: 8px 0 0; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueSettingsDialog {
  private readonly api = inject(SupervisorApiService);
  private readonly dialogRef = inject(MatDialogRef<QueueSettingsDialog, QueueSettings>);
  protected readonly settings = inject<QueueSettingsDialogData>(MAT_DIALOG_DATA).settings;
  protected readonly thresholdKeys = THRESHOLDS.map((threshold) => threshold.key);
  protected readonly errorKey = settingsErrorKey;

  protected readonly form = new FormGroup({
    serviceLevelSeconds: count(this.settings.serviceLevelSeconds, true, 3600),
    shortAbandonSeconds: count(this.settings.shortAbandonSeconds, true, 600),
    thresholds: new FormGroup(
      Object.fromEntries(
        THRESHOLDS.map(({ key, max }) => [key, count(this.settings.thresholds[key], false, max)]),
      ) as Record<keyof QueueThresholds, FormControl<number | null>>,
    ),
  });
  protected readonly saving = signal(false);
  /** A failure that fits no field: the server's words, else ours. */
  protected readonly message = signal<{ text: string } | { key: string } | null>(null);

  async save(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.message.set(null);
    const value = this.form.getRawValue();
    try {
      const saved = await firstValueFrom(
        this.api.updateQueueSettings(this.settings.queue, {
          serviceLevelSeconds: value.serviceLevelSeconds as number,
          shortAbandonSeconds: value.shortAbandonSeconds as number,
          thresholds: value.thresholds,
        }),
      );
      this.dialogRef.close(saved);
    } catch (error) {
      this.refused(error);
    } finally {
      this.saving.set(false);
    }
  }

  private refused(error: unknown): void {
    const failure = toRequestFailure(error);
    const controls = {
      serviceLevelSeconds: this.form.controls.serviceLevelSeconds,
      shortAbandonSeconds: this.form.controls.shortAbandonSeconds,
      ...Object.fromEntries(
        this.thresholdKeys.map((key) => [`thresholds.${key}`, this.form.controls.thresholds.controls[key]]),
      ),
    };
    const fields = Object.fromEntries(
      failure.fieldErrors.map((field) => [field.field, serverReasonKey(field)]),
    );
    if (applyServerErrors(controls, fields)) return;
    this.message.set(failure.message ? { text: failure.message } : { key: failureMessageKey(failure) });
  }
}
