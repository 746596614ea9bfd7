import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HttpClient } from '@angular/common/http';
import { GeneratedDocument } from '@switchboard/contracts';

import { SessionStore } from '../../../core/auth/session.store';
import { saveFile } from '../../../core/http/save-file';
import { PhoneLink } from '../../../shared/phone-link/phone-link';
import { ClientCategoryPipe } from '../../../shared/client-category/client-category.pipe';
import { FilePicker } from '../../../shared/file-picker/file-picker';
import { ClientCardStore } from './client-card.store';
import { ClientHistory } from './client-history';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { ClientOrdersTable } from './client-orders-table';
import { ClientTasks } from './client-tasks';
import { SurveyAnswers } from '../../surveys/answers/survey-answers';

/** The client card: who they are, what they owe and hold, and everything that happened, on one screen. */
@Component({
  selector: 'sb-client-card',
  imports: [
    LocalDatePipe,
    MoneyPipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    MatTooltipModule,
    TranslocoPipe,
    ClientHistory,
    ClientOrdersTable,
    ClientTasks,
    PhoneLink,
    SurveyAnswers,
    ClientCategoryPipe,
    FilePicker,
  ],
  providers: [ClientCardStore],
  templateUrl: './client-card.html',
  styleUrl: './client-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientCard implements OnInit {
  /** Route parameter. */
  readonly id = input.required<string>();
  /** Inside the console's narrow call dock, whose quick actions already offer a new order. */
  readonly embedded = input(false);
  protected readonly store = inject(ClientCardStore);
  private readonly http = inject(HttpClient);
  private readonly role = inject(SessionStore).role;
  protected readonly canManage = computed(() => this.role() === 'supervisor' || this.role() === 'admin');

  ngOnInit(): void {
    void this.store.load(this.id());
  }

  protected download(document: GeneratedDocument, format: 'pdf' | 'html'): Promise<void> {
    const url = `/api/documents/${encodeURIComponent(document.id)}/file?format=${format}`;
    return saveFile(this.http, url, `${document.number}.${format}`);
  }

  protected readonly adjustment = inject(NonNullableFormBuilder).group({
    amount: ['', [Validators.required, Validators.pattern(/^-?\d+([.,]\d{1,2})?$/)]],
    reason: ['', Validators.required],
  });

  protected async adjust(): Promise<void> {
    if (this.adjustment.invalid) return this.adjustment.markAllAsTouched();
    const { amount, reason } = this.adjustment.getRawValue();
    if (await this.store.adjustBonuses(amount.replace(',', '.'), reason.trim())) this.adjustment.reset();
  }

  protected attach(file: File): void {
    void this.store.attach(file);
  }

  protected customValue(key: string): string {
    const value = this.store.client()?.customFields[key];
    return value === undefined || value === null ? '—' : String(value);
  }
}
