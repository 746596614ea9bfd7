import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { RETRYABLE_RESULTS } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { LanguageService } from '../../../core/i18n/language.service';
import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { WEEKDAYS } from '../../surveys/campaigns/campaign-form';
import { browserTimeZone, timeZoneChoices, weekdayNames } from '../../surveys/campaigns/time-zones';
import { SurveyFieldErrorPipe } from '../../surveys/shared/survey-field-error.pipe';
import { applyErrorsByPath, toFormFailure } from '../../surveys/shared/survey-errors';
import { ReminderSettingsApiService } from './reminder-settings-api.service';
import { BEFORE_LOADING, reminderSettingsForm, toReminderSettingsRequest } from './reminder-settings-form';

/** The reminder calls' rules: which reminders are on and when, the call window, attempts, consent and the queue for 2. */
@Component({
  selector: 'sb-reminder-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    SurveyFieldErrorPipe,
    TranslocoPipe,
  ],
  templateUrl: './reminder-settings-page.html',
  styleUrl: '../../surveys/campaigns/campaign-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderSettingsPage implements OnInit {
  private readonly api = inject(ReminderSettingsApiService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;

  protected readonly retryResults = RETRYABLE_RESULTS;
  protected readonly form = signal(reminderSettingsForm(this.fb, BEFORE_LOADING));
  protected readonly ready = signal(false);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  private readonly savedZone = signal<string | null>(null);
  protected readonly weekdays = computed(() => {
    const names = weekdayNames(this.language());
    return WEEKDAYS.map((day) => ({ day, name: names[day - 1] }));
  });
  protected readonly timeZones = computed(() => timeZoneChoices(browserTimeZone(), this.savedZone()));

  constructor() {
    checkOnControlEvents(this.form);
  }

  async ngOnInit(): Promise<void> {
    try {
      const settings = await firstValueFrom(this.api.get());
      this.savedZone.set(settings.window.timeZone);
      this.form.set(reminderSettingsForm(this.fb, settings));
      this.ready.set(true);
    } catch (error) {
      this.errorKey.set(toFormFailure(error, () => null).messageKey);
    }
  }

  /** The window's start changed: its end is checked again. */
  protected recheck(): void {
    this.form().controls.window.controls.to.updateValueAndValidity();
  }

  protected async save(): Promise<void> {
    const form = this.form();
    this.errorKey.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.errorKey.set('reminders.fixErrors');
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.update(toReminderSettingsRequest(form)));
      this.savedZone.set(saved.window.timeZone);
      this.form.set(reminderSettingsForm(this.fb, saved));
      this.snackBar.open(this.transloco.translate('reminders.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const failure = toFormFailure(error, (field) => field);
      if (!applyErrorsByPath(form, failure.fieldErrors))
        this.errorKey.set(failure.messageKey ?? 'errors.unexpected');
    } finally {
      this.saving.set(false);
    }
  }
}
