import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DOCUMENT_KINDS,
  DocumentKind,
  GeneratedDocument,
  Language,
  OrderStage,
  RecordPaymentRequest,
} from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { MoveStageConfirmation, MoveStageDialog, MoveStageDialogData } from './move-stage-dialog';
import { OrderPageStore } from './order-page.store';
import { OrderSummaryBar } from './order-summary';
import { PaymentDialog } from './payment-dialog';
import { LanguageService } from '../../../core/i18n/language.service';
import { languagesFirst } from '../../../core/i18n/languages-first';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { FilePicker } from '../../../shared/file-picker/file-picker';
import { UnitPipe } from '../../../shared/units/unit.pipe';
import { SurveyAnswers } from '../../surveys/answers/survey-answers';

/** One order: totals and debt, the stage with its next step, items, payments and documents. */
@Component({
  selector: 'sb-order-page',
  imports: [
    MoneyPipe,
    FilePicker,
    LocalDatePipe,
    LocalizedTextPipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    OrderSummaryBar,
    SurveyAnswers,
    TranslocoPipe,
    UnitPipe,
  ],
  providers: [OrderPageStore],
  templateUrl: './order-page.html',
  styleUrl: './order-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderPage implements OnInit {
  /** Route parameter. */
  readonly id = input.required<string>();
  protected readonly store = inject(OrderPageStore);
  private readonly dialog = inject(MatDialog);
  private readonly role = inject(SessionStore).role;
  protected readonly canRefund = computed(() => this.role() === 'supervisor' || this.role() === 'admin');

  protected readonly documentKinds = DOCUMENT_KINDS;
  private readonly userLanguage = inject(LanguageService).language;
  /** The language documents print in: the user's own unless another is picked. */
  protected readonly documentLanguages = computed(() => languagesFirst(this.userLanguage()));
  protected readonly documentLanguage = signal<Language | null>(null);
  protected readonly itemColumns = ['name', 'quantity', 'price', 'discount', 'vat', 'total'];
  private readonly stagesByKey = computed(
    () => new Map(this.store.stages().map((stage) => [stage.key, stage])),
  );

  ngOnInit(): void {
    void this.store.load(this.id());
  }

  /** The stage a transition went to, for showing its name; null when it was deleted since. */
  protected stageByKey(key: string): OrderStage | null {
    return this.stagesByKey().get(key) ?? null;
  }

  /** Asks to confirm the move (with an optional comment); a cancel puts the picker back on the current stage. */
  protected async moveTo(change: MatSelectChange<string>): Promise<void> {
    const current = this.store.order()?.stageInfo.id;
    const stage = this.store.stages().find((candidate) => candidate.id === change.value);
    const confirmed = stage
      ? await firstValueFrom(
          this.dialog
            .open<MoveStageDialog, MoveStageDialogData, MoveStageConfirmation>(MoveStageDialog, {
              data: { stage },
            })
            .afterClosed(),
        )
      : undefined;
    if (!stage || !confirmed || !(await this.store.move(stage.id, confirmed.comment))) {
      change.source.value = current;
    }
  }

  protected async recordPayment(refund = false): Promise<void> {
    const order = this.store.order();
    const limit = (refund ? order?.paid : order?.debt) ?? '0.00';
    const request = await firstValueFrom(
      this.dialog
        .open<PaymentDialog, { limit: string; refund: boolean }, RecordPaymentRequest>(PaymentDialog, {
          data: { limit, refund },
        })
        .afterClosed(),
    );
    if (request) await (refund ? this.store.refund(request) : this.store.pay(request));
  }

  protected generate(kind: DocumentKind): Promise<boolean> {
    return this.store.generate(kind, this.documentLanguage() ?? this.userLanguage());
  }

  protected attach(file: File): void {
    void this.store.attach(file);
  }

  protected download(document: GeneratedDocument, format: 'pdf' | 'html'): Promise<void> {
    return this.store.download(document, format);
  }
}
