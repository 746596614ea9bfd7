import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Campaign, RETRYABLE_RESULTS } from '@switchboard/contracts';

import { LanguageService } from '../../../core/i18n/language.service';
import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { SurveyFieldErrorPipe } from '../shared/survey-field-error.pipe';
import { applyErrorsByPath } from '../shared/survey-errors';
import {
  LIMITS,
  TRIGGER_KINDS,
  WEEKDAYS,
  addPhones,
  campaignForm,
  isE164,
  recheckDependents,
  toCampaignRequest,
} from './campaign-form';
import { CampaignsStore } from './campaigns.store';
import { browserTimeZone, timeZoneChoices, weekdayNames } from './time-zones';

export const NEW_CAMPAIGN = 'new';

/** Creates or edits a campaign: its survey, what starts it, when and how it calls, and whom never to call. */
@Component({
  selector: 'sb-campaign-editor-page',
  imports: [
    LocalizedTextPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    SurveyFieldErrorPipe,
    TranslocoPipe,
  ],
  templateUrl: './campaign-editor-page.html',
  styleUrl: './campaign-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignEditorPage implements OnInit {
  /** Route parameter: a campaign's id, or `new`. */
  readonly id = input<string>(NEW_CAMPAIGN);
  protected readonly store = inject(CampaignsStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;

  protected readonly triggerKinds = TRIGGER_KINDS;
  protected readonly limits = LIMITS;
  protected readonly retryResults = RETRYABLE_RESULTS;
  protected readonly separators = [ENTER, COMMA, SEMICOLON];
  protected readonly isE164 = isE164;
  protected readonly campaign = signal<Campaign | null>(null);
  protected readonly form = signal(campaignForm(this.fb, null));
  protected readonly ready = signal(false);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly weekdays = computed(() => {
    const names = weekdayNames(this.language());
    return WEEKDAYS.map((day) => ({ day, name: names[day - 1] }));
  });
  protected readonly timeZones = computed(() =>
    timeZoneChoices(browserTimeZone(), this.campaign()?.window.timeZone ?? null),
  );

  constructor() {
    checkOnControlEvents(this.form);
  }

  async ngOnInit(): Promise<void> {
    await Promise.all([this.store.ensureLoaded(), this.store.loadChoices()]);
    const id = this.id();
    const campaign = id === NEW_CAMPAIGN ? null : this.store.find(id);
    if (id !== NEW_CAMPAIGN && !campaign) {
      this.errorKey.set(this.store.errorKey() ?? 'surveys.errors.notFound');
      return;
    }
    this.campaign.set(campaign);
    this.form.set(campaignForm(this.fb, campaign));
    this.ready.set(true);
  }

  /** The trigger or the window's start changed: the stage and the window's end are checked again. */
  protected recheck(): void {
    recheckDependents(this.form());
  }

  protected addNumbers(event: MatChipInputEvent): void {
    const control = this.form().controls.doNotCall;
    control.setValue(addPhones(control.value, event.value));
    control.markAsTouched();
    event.chipInput.clear();
  }

  protected removeNumber(number: string): void {
    const control = this.form().controls.doNotCall;
    control.setValue(control.value.filter((item) => item !== number));
    control.markAsTouched();
  }

  protected async save(): Promise<void> {
    const form = this.form();
    this.errorKey.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.errorKey.set('surveys.designer.fixErrors');
      return;
    }
    this.saving.set(true);
    const result = await this.store.save(toCampaignRequest(form), this.campaign()?.id ?? null);
    this.saving.set(false);
    if (!result.ok) {
      if (!applyErrorsByPath(form, result.fieldErrors))
        this.errorKey.set(result.messageKey ?? 'errors.unexpected');
      return;
    }
    this.snackBar.open(
      this.transloco.translate('surveys.campaigns.saved', { name: result.value.name }),
      undefined,
      {
        duration: 4000,
      },
    );
    await this.router.navigate(['..'], { relativeTo: this.route });
  }
}
