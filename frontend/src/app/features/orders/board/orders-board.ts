import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrderStage, OrderSummary } from '@switchboard/contracts';
import { catchError, debounceTime, of } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { OrdersApiService } from '../orders-api.service';
import { BoardCollapseStore } from './board-collapse.store';
import { BoardFilter, OrdersBoardStore } from './orders-board.store';
import { OrdersListStore } from './orders-list.store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { toIsoDate } from '../../../core/i18n/iso-date';

const FILTER_DEBOUNCE_MS = 300;

@Component({
  selector: 'sb-orders-board',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    LocalDatePipe,
    LocalizedTextPipe,
    MoneyPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ListPaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
  ],
  providers: [BoardCollapseStore],
  templateUrl: './orders-board.html',
  styleUrl: './orders-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrdersBoard implements OnInit {
  protected readonly board = inject(OrdersBoardStore);
  private readonly api = inject(OrdersApiService);
  protected readonly list = inject(OrdersListStore);
  protected readonly collapse = inject(BoardCollapseStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly role = inject(SessionStore).role;
  protected readonly canManage = computed(() => this.role() === 'supervisor' || this.role() === 'admin');

  protected readonly view = signal<'board' | 'list'>('board');
  protected readonly columns = ['number', 'client', 'stage', 'total', 'debt', 'createdAt'];
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly filters = this.fb.group({
    q: '',
    from: this.fb.control<Date | null>(null),
    to: this.fb.control<Date | null>(null),
    minTotal: '',
    maxTotal: '',
    managerId: '',
  });
  protected readonly managers = toSignal(this.api.users().pipe(catchError(() => of([]))), {
    initialValue: [],
  });

  ngOnInit(): void {
    this.filters.valueChanges
      .pipe(debounceTime(FILTER_DEBOUNCE_MS), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.reload());
    this.reload();
  }

  protected setView(view: 'board' | 'list'): void {
    this.view.set(view);
    this.reload();
  }

  protected onStage(stage: string | null): void {
    this.list.setStage(stage);
  }

  protected drop(event: CdkDragDrop<string, string, OrderSummary>): void {
    void this.board.move(event.item.data, event.container.data);
  }

  protected stageOf(stageId: string): OrderStage | null {
    return this.board.columns().find((column) => column.stage.id === stageId)?.stage ?? null;
  }

  private reload(): void {
    const filter = this.currentFilter();
    if (this.view() === 'board') {
      this.board.setFilter(filter);
    } else {
      if (this.board.columns().length === 0) void this.board.load();
      this.list.load(filter);
    }
  }

  private currentFilter(): BoardFilter {
    const { from, to, ...texts } = this.filters.getRawValue();
    const filter: Record<string, string> = {};
    for (const [key, text] of Object.entries(texts)) if (text.trim() !== '') filter[key] = text;
    for (const [key, day] of Object.entries({ from: toIsoDate(from), to: toIsoDate(to) }))
      if (day) filter[key] = day;
    return filter as BoardFilter;
  }
}
