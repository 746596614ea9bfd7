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
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CLIENT_KINDS,
  CLIENT_SORT_FIELDS,
  CLIENT_STATUSES,
  ClientFilter,
  ClientSegment,
  ClientSortField,
} from '@switchboard/contracts';
import { debounceTime, map } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { fromIsoDate, toIsoDate } from '../../../core/i18n/iso-date';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ClientCategoryPipe } from '../../../shared/client-category/client-category.pipe';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PhoneLink } from '../../../shared/phone-link/phone-link';
import { ClientsApiService } from '../clients-api.service';
import { FilterChip, filterChips } from './client-filter-chips';
import { ALL_COLUMNS, ClientsRegistryStore, RegistryColumn } from './clients-registry.store';
import { customFieldFilter } from './custom-field-filter';

const SEARCH_DEBOUNCE_MS = 250;

/**
 * The clients registry: quick search as you type, a filter bar whose active filters are chips, segments,
 * columns, row density, sorting, paging, export.
 */
@Component({
  selector: 'sb-clients-page',
  imports: [
    ClientCategoryPipe,
    LocalDatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    ListPaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
    PhoneLink,
  ],
  templateUrl: './clients-page.html',
  styleUrl: './clients-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientsPage implements OnInit {
  protected readonly store = inject(ClientsRegistryStore);
  private readonly api = inject(ClientsApiService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly role = inject(SessionStore).role;
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly allColumns = ALL_COLUMNS;
  protected readonly kinds = CLIENT_KINDS;
  protected readonly statuses = CLIENT_STATUSES;
  protected readonly canManage = computed(() => this.role() === 'supervisor' || this.role() === 'admin');
  protected readonly filters = this.fb.group({
    q: '',
    kind: '',
    status: '',
    category: '',
    tag: '',
    managerId: '',
    lastContactFrom: this.fb.control<Date | null>(null),
    lastContactTo: this.fb.control<Date | null>(null),
    birthdayWithinDays: '',
    customKey: '',
    customValue: '',
  });
  protected readonly segmentName = new FormControl('', { nonNullable: true });
  protected readonly filtersOpen = signal(false);
  private readonly filterValue = toSignal(
    this.filters.valueChanges.pipe(map(() => this.filters.getRawValue())),
    { initialValue: this.filters.getRawValue() },
  );
  protected readonly chips = computed(() =>
    filterChips(this.filterValue(), {
      managers: this.store.managers(),
      customFields: this.store.customFields(),
    }),
  );

  ngOnInit(): void {
    this.filters.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.store.setFilter(this.currentFilter()));
    void this.store.init();
  }

  protected onSort(sort: Sort): void {
    const field = (CLIENT_SORT_FIELDS as readonly string[]).includes(sort.active)
      ? (sort.active as ClientSortField)
      : 'displayName';
    this.store.setSort(field, sort.direction === 'desc' ? 'desc' : 'asc');
  }

  protected toggleColumn(column: RegistryColumn): void {
    const columns = this.store.columns();
    this.store.setColumns(
      columns.includes(column) ? columns.filter((name) => name !== column) : [...columns, column],
    );
  }

  protected toggleDensity(): void {
    this.store.setDensity(this.store.density() === 'compact' ? 'comfortable' : 'compact');
  }

  protected removeFilter(chip: FilterChip): void {
    for (const name of chip.controls) this.filters.controls[name].reset();
  }

  protected applySegment(segment: ClientSegment): void {
    const { customFields, lastContactFrom, lastContactTo, ...filter } = segment.filter;
    const custom = customFields?.[0];
    this.filters.reset();
    this.filters.patchValue({
      ...Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, String(value ?? '')])),
      lastContactFrom: fromIsoDate(lastContactFrom),
      lastContactTo: fromIsoDate(lastContactTo),
      ...(custom ? { customKey: custom.key, customValue: String(custom.value) } : {}),
    });
  }

  protected async saveSegment(): Promise<void> {
    const name = this.segmentName.value.trim();
    if (name && (await this.store.saveSegment(name))) this.segmentName.setValue('');
  }

  protected clear(): void {
    this.filters.reset();
  }

  protected export(format: 'csv' | 'xlsx'): Promise<void> {
    return this.api.export(this.currentFilter(), format);
  }

  private currentFilter(): ClientFilter {
    const { customKey, customValue, lastContactFrom, lastContactTo, ...texts } = this.filters.getRawValue();
    const filter: Record<string, string | number> = {};
    for (const [key, text] of Object.entries(texts)) {
      if (text.trim() !== '') filter[key] = key === 'birthdayWithinDays' ? Number(text) : text.trim();
    }
    for (const [key, date] of Object.entries({ lastContactFrom, lastContactTo })) {
      const day = toIsoDate(date);
      if (day) filter[key] = day;
    }
    const custom = customFieldFilter(
      this.store.customFields().find((field) => field.key === customKey),
      customValue,
    );
    return { ...(filter as ClientFilter), ...(custom ? { customFields: [custom] } : {}) };
  }
}
