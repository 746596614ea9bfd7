import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, OrderStage, STAGE_AUTOMATIONS } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { SettingsApiService } from './settings-api.service';
import { stageForm, toStageFormValue, toStageRequest } from './stage-form.model';

/**
 * The sales funnel: rename stages and translate their names and hints, recolour them, set the won/lost
 * flags and what moves orders in by itself, add stages.
 */
@Component({
  selector: 'sb-stages-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    LocalizedTextPipe,
    TranslocoPipe,
  ],
  templateUrl: './stages-page.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StagesPage implements OnInit {
  private readonly api = inject(SettingsApiService);
  protected readonly columns = ['name', 'key', 'flags', 'automation', 'nextStep', 'actions'];
  protected readonly languages = LANGUAGES;
  protected readonly automations = STAGE_AUTOMATIONS;
  protected readonly stages = signal<OrderStage[]>([]);
  protected readonly editing = signal<OrderStage | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = stageForm(inject(NonNullableFormBuilder));

  async ngOnInit(): Promise<void> {
    this.stages.set(await firstValueFrom(this.api.stages()));
  }

  protected edit(stage: OrderStage): void {
    this.editing.set(stage);
    this.form.setValue(toStageFormValue(stage));
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { key, ...request } = toStageRequest(this.form);
    const stage = this.editing();
    this.errorKey.set(null);
    try {
      await firstValueFrom(
        stage ? this.api.updateStage(stage.id, request) : this.api.createStage({ key, ...request }),
      );
      this.cancel();
      this.stages.set(await firstValueFrom(this.api.stages()));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }
}
