import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CALL_DIRECTIONS,
  CALL_DISPOSITIONS,
  CallDirection,
  CallDisposition,
  CallRecord,
} from '@switchboard/contracts';
import { debounceTime } from 'rxjs';

import { toIsoDate } from '../../../core/i18n/iso-date';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PhoneLink } from '../../../shared/phone-link/phone-link';
import { attendConsole } from '../console-attendance';
import { CallHistoryStore, isMissed } from './call-history.store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DispositionLabelPipe } from '../../../shared/console-defaults/console-default-names.pipe';

const FILTER_DEBOUNCE_MS = 200;

/** The console page: the agent's own calls, missed ones marked, with call-back and the client. */
@Component({
  selector: 'sb-call-history-page',
  imports: [
    DispositionLabelPipe,
    LocalDatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ListPaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    PhoneLink,
  ],
  templateUrl: './call-history-page.html',
  styleUrl: './call-history-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallHistoryPage implements OnInit {
  protected readonly store = inject(CallHistoryStore);
  private readonly settings = inject(ConsoleSettingsStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly calls = inject(CallEventsStore);

  protected readonly directions = CALL_DIRECTIONS;
  protected readonly dispositions = CALL_DISPOSITIONS;
  protected readonly columns = [
    'startedAt',
    'direction',
    'number',
    'client',
    'disposition',
    'talk',
    'wrapUp',
  ];
  protected readonly isMissed = isMissed;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly filters = this.fb.group({
    direction: [''],
    disposition: [''],
    from: this.fb.control<Date | null>(null),
    to: this.fb.control<Date | null>(null),
  });
  private readonly codeLabels = computed(
    () => new Map((this.settings.settings()?.dispositionCodes ?? []).map((code) => [code.code, code.label])),
  );

  constructor() {
    attendConsole();
    // The first run loads the list; later runs follow the agent's calls ending and being wrapped up.
    effect(() => {
      this.calls.revision();
      untracked(() => this.store.results.load());
    });
  }

  ngOnInit(): void {
    void this.settings.ensureLoaded();
    this.filters.valueChanges
      .pipe(debounceTime(FILTER_DEBOUNCE_MS), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.applyFilters());
  }

  protected applyFilters(): void {
    const { direction, disposition, from, to } = this.filters.getRawValue();
    this.store.setFilter({
      direction: (direction || undefined) as CallDirection | undefined,
      disposition: (disposition || undefined) as CallDisposition | 'missed' | undefined,
      from: toIsoDate(from) ?? undefined,
      to: toIsoDate(to) ?? undefined,
    });
  }

  protected clear(): void {
    this.filters.reset();
  }

  /** The other party: who called in, or whom the agent called. */
  protected numberOf(call: CallRecord): string {
    return call.direction === 'outbound' ? (call.calleeNumber ?? call.callerNumber) : call.callerNumber;
  }

  protected codeLabel(code: string): string {
    return this.codeLabels().get(code) ?? code;
  }
}
