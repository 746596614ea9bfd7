import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DEFAULT_CLIENT_CATEGORIES } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { ClientCategoryPipe } from '../../../shared/client-category/client-category.pipe';
import { SelfServiceApiService } from './self-service-api.service';
import { routingFieldErrors, toRoutingForm, toRoutingRequest } from './self-service.model';

const PRIORITY = [Validators.pattern(/^\s*\d*\s*$/), Validators.max(1000)];

/**
 * Where the self-service menu sends known callers who choose an operator: debtors and clients of the VIP
 * categories to another queue, a higher priority, or both.
 */
@Component({
  selector: 'sb-self-service-page',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ClientCategoryPipe,
  ],
  templateUrl: './self-service-page.html',
  styleUrl: '../console-settings/console-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelfServicePage implements OnInit {
  private readonly api = inject(SelfServiceApiService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly queues = signal<string[]>([]);
  protected readonly form = this.fb.group({
    debtors: this.fb.group({ queue: '', priority: ['', PRIORITY] }),
    vip: this.fb.group({ queue: '', priority: ['', PRIORITY], categories: this.fb.control<string[]>([]) }),
  });
  private readonly chosenCategories = signal<string[]>([]);
  protected readonly suggestedCategories = computed(() =>
    DEFAULT_CLIENT_CATEGORIES.filter((category) => !this.chosenCategories().includes(category)),
  );

  async ngOnInit(): Promise<void> {
    try {
      const [routing, queues] = await Promise.all([
        firstValueFrom(this.api.routing()),
        firstValueFrom(this.api.queues()).catch(() => []),
      ]);
      this.queues.set(queues.map((settings) => settings.queue));
      this.fill(toRoutingForm(routing));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loading.set(false);
    }
  }

  protected addCategory(category: string, event?: MatChipInputEvent): void {
    const trimmed = category.trim();
    const categories = this.form.controls.vip.controls.categories;
    if (trimmed && !categories.value.includes(trimmed)) this.setCategories([...categories.value, trimmed]);
    event?.chipInput.clear();
  }

  protected removeCategory(category: string): void {
    this.setCategories(this.form.controls.vip.controls.categories.value.filter((item) => item !== category));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.saving()) return this.form.markAllAsTouched();
    this.saving.set(true);
    this.errorKey.set(null);
    this.fieldErrors.set({});
    try {
      const saved = await firstValueFrom(this.api.update(toRoutingRequest(this.form.getRawValue())));
      this.fill(toRoutingForm(saved));
      this.snackBar.open(this.transloco.translate('selfServiceRouting.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const failure = toRequestFailure(error);
      this.fieldErrors.set(routingFieldErrors(failure.fieldErrors));
      this.errorKey.set(
        failure.fieldErrors.length ? 'selfServiceRouting.fixErrors' : failureMessageKey(failure),
      );
    } finally {
      this.saving.set(false);
    }
  }

  private setCategories(categories: string[]): void {
    this.form.controls.vip.controls.categories.setValue(categories);
    this.chosenCategories.set(categories);
  }

  private fill(value: ReturnType<typeof toRoutingForm>): void {
    this.form.setValue(value);
    this.chosenCategories.set(value.vip.categories);
  }
}
