import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CLIENT_KINDS,
  CLIENT_SORT_FIELDS,
  CLIENT_STATUSES,
  ClientFilter,
  ClientSegment,
  ClientSortField,
  CustomFieldDefinition,
  CustomFieldFilter,
} from '@switchboard/contracts';
import { debounceTime } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { ClientCategoryPipe } from '../../../shared/client-category/client-category.pipe';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PhoneLink } from '../../../shared/phone-link/phone-link';
import { ClientsApiService } from '../clients-api.service';
import { ALL_COLUMNS, ClientsRegistryStore, RegistryColumn } from './clients-registry.store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';

const SEARCH_DEBOUNCE_MS = 250;

/** A condition on one admin-defined field: text fields match a fragment, others the exact value. */
export function customFieldFilter(
  field: CustomFieldDefinition | undefined,
  text: string,
): CustomFieldFilter | null {
  const value = text.trim();
  if (!field || value === '') return null;
  if (field.type === 'text') return { key: field.key, op: 'contains', value };
  if (field.type === 'number') return { key: field.key, op: 'eq', value: Number(value.replace(',', '.')) };
  if (field.type === 'boolean') return { key: field.key, op: 'eq', value: value === 'true' };
  return { key: field.key, op: 'eq', value };
}

/** The clients registry: quick search as you type, filters, segments, columns, sorting, paging, export. */
@Component({
  selector: 'sb-clients-page',
  imports: [
    ClientCategoryPipe,
    LocalDatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    ListPaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
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

  protected readonly allColumns = ALL_COLUMNS;
  protected readonly kinds = CLIENT_KINDS;
  protected readonly statuses = CLIENT_STATUSES;
  protected readonly canManage = computed(() => this.role() === 'supervisor' || this.role() === 'admin');
  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: '',
    kind: '',
    status: '',
    category: '',
    tag: '',
    managerId: '',
    lastContactFrom: '',
    lastContactTo: '',
    birthdayWithinDays: '',
    customKey: '',
    customValue: '',
  });
  protected readonly segmentName = new FormControl('', { nonNullable: true });

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

  protected applySegment(segment: ClientSegment): void {
    const { customFields, ...filter } = segment.filter;
    const custom = customFields?.[0];
    this.filters.reset();
    this.filters.patchValue({
      ...Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, String(value ?? '')])),
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
    const { customKey, customValue, ...value } = this.filters.getRawValue();
    const filter: Record<string, string | number> = {};
    for (const [key, text] of Object.entries(value)) {
      if (text.trim() !== '') filter[key] = key === 'birthdayWithinDays' ? Number(text) : text.trim();
    }
    const custom = customFieldFilter(
      this.store.customFields().find((field) => field.key === customKey),
      customValue,
    );
    return { ...(filter as ClientFilter), ...(custom ? { customFields: [custom] } : {}) };
  }
}
