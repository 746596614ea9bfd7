import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { HISTORY_KINDS, HistoryEntry, HistoryKind } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { ClientHistoryApiService } from '../client-history-api.service';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { reminderDue } from '../../../core/i18n/reminder-due';
import { LanguageService } from '../../../core/i18n/language.service';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { HistoryCallEntry } from './history-call-entry';
import { HistorySentence, SentenceFormat, historySentence } from './history-sentence';

const PAGE_SIZE = 20;

/** The client's timeline, newest first, with "load more", a kind filter and a note or meeting to add. */
@Component({
  selector: 'sb-client-history',
  imports: [
    HistoryCallEntry,
    LocalDatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './client-history.html',
  styleUrl: './client-history.scss',
  providers: [MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientHistory implements OnInit {
  readonly clientId = input.required<string>();
  private readonly api = inject(ClientHistoryApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly moneyPipe = inject(MoneyPipe);
  private readonly language = inject(LanguageService).language;
  private readonly format: SentenceFormat = {
    money: (amount, currency) => this.moneyPipe.transform(amount, currency) ?? amount,
    date: (value) => reminderDue(value, this.language()),
    text: (key) => {
      const text = this.transloco.translate(key);
      return text === key ? null : text;
    },
  };

  protected readonly kinds = HISTORY_KINDS;
  protected readonly entries = signal<HistoryEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly kind = signal<HistoryKind | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['note' as 'note' | 'meeting'],
    text: ['', [Validators.required, Validators.maxLength(5000)]],
  });

  ngOnInit(): void {
    void this.load(true);
  }

  protected setKind(kind: HistoryKind | null): void {
    this.kind.set(kind);
    void this.load(true);
  }

  protected async load(fresh: boolean): Promise<void> {
    const page = fresh ? 1 : Math.floor(this.entries().length / PAGE_SIZE) + 1;
    try {
      const result = await firstValueFrom(
        this.api.list(this.clientId(), { kind: this.kind() ?? undefined, page, pageSize: PAGE_SIZE }),
      );
      this.entries.set(fresh ? result.items : [...this.entries(), ...result.items]);
      this.total.set(result.total);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }

  protected async add(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { kind, text } = this.form.getRawValue();
    try {
      await firstValueFrom(this.api.add(this.clientId(), { kind, text: text.trim() }));
      this.form.reset({ kind, text: '' });
      await this.load(true);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }

  /** What an entry's facts say, as a sentence in the interface language. */
  protected sentence(entry: HistoryEntry): HistorySentence | null {
    return historySentence(entry, this.format);
  }
}
