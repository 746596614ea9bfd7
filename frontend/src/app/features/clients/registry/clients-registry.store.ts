import { Injectable, inject, signal } from '@angular/core';
import {
  ClientFilter,
  ClientSegment,
  ClientSortField,
  ClientSummary,
  CustomFieldDefinition,
  UserRef,
} from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { PagedList } from '../../../shared/lists/paged-list';
import { ClientsApiService } from '../clients-api.service';

export const ALL_COLUMNS = [
  'displayName',
  'phones',
  'emails',
  'taxId',
  'category',
  'tags',
  'status',
  'manager',
  'lastContactAt',
  'birthDate',
  'createdAt',
] as const;
export type RegistryColumn = (typeof ALL_COLUMNS)[number];
const DEFAULT_COLUMNS: RegistryColumn[] = [
  'displayName',
  'phones',
  'category',
  'tags',
  'status',
  'manager',
  'lastContactAt',
];
const COLUMNS_KEY = 'sb.clients.columns';
const DENSITY_KEY = 'sb.clients.density';

export type RegistryDensity = 'comfortable' | 'compact';

/** Row density kept per browser; anything else reads as the default, comfortable. */
export function storedDensity(stored: string | null): RegistryDensity {
  return stored === 'compact' ? 'compact' : 'comfortable';
}

/** Columns kept per browser; unknown names from an older version are dropped. */
export function storedColumns(stored: string | null): RegistryColumn[] {
  try {
    const parsed = JSON.parse(stored ?? 'null') as unknown;
    const known = Array.isArray(parsed)
      ? parsed.filter((name): name is RegistryColumn => ALL_COLUMNS.includes(name))
      : [];
    return known.length > 0 ? known : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/** The registry: filter, sort, page, the visible columns, row density and saved segments, in signals. */
@Injectable()
export class ClientsRegistryStore {
  private readonly api = inject(ClientsApiService);

  readonly filter = signal<ClientFilter>({});
  readonly sort = signal<ClientSortField>('displayName');
  readonly order = signal<'asc' | 'desc'>('asc');
  readonly results = new PagedList<ClientSummary>((page) =>
    this.api.list({ ...this.filter(), sort: this.sort(), order: this.order(), ...page }),
  );
  readonly columns = signal<RegistryColumn[]>(storedColumns(localStorage.getItem(COLUMNS_KEY)));
  readonly density = signal<RegistryDensity>(storedDensity(localStorage.getItem(DENSITY_KEY)));
  readonly segments = signal<ClientSegment[]>([]);
  readonly managers = signal<UserRef[]>([]);
  readonly customFields = signal<CustomFieldDefinition[]>([]);

  async init(): Promise<void> {
    this.results.load();
    const [segments, managers, customFields] = await Promise.all([
      firstValueFrom(this.api.segments()).catch(() => []),
      firstValueFrom(this.api.users()).catch(() => []),
      firstValueFrom(this.api.customFields()).catch(() => []),
    ]);
    this.segments.set(segments);
    this.managers.set(managers);
    this.customFields.set(customFields);
  }

  setFilter(filter: ClientFilter): void {
    this.filter.set(filter);
    this.results.restart();
  }

  setSort(sort: ClientSortField, order: 'asc' | 'desc'): void {
    this.sort.set(sort);
    this.order.set(order);
    this.results.load();
  }

  setColumns(columns: RegistryColumn[]): void {
    const ordered = ALL_COLUMNS.filter((column) => columns.includes(column));
    this.columns.set(ordered.length > 0 ? ordered : DEFAULT_COLUMNS);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(this.columns()));
  }

  setDensity(density: RegistryDensity): void {
    this.density.set(density);
    localStorage.setItem(DENSITY_KEY, density);
  }

  async saveSegment(name: string): Promise<boolean> {
    try {
      const segment = await firstValueFrom(this.api.saveSegment({ name, filter: this.filter() }));
      this.segments.update((segments) => [...segments, segment].sort((a, b) => a.name.localeCompare(b.name)));
      return true;
    } catch (error) {
      // Shown where a failed load is: above the table.
      this.results.errorKey.set(failureMessageKey(toRequestFailure(error)));
      return false;
    }
  }

  async deleteSegment(segment: ClientSegment): Promise<void> {
    await firstValueFrom(this.api.deleteSegment(segment.id));
    this.segments.update((segments) => segments.filter((item) => item.id !== segment.id));
  }
}
