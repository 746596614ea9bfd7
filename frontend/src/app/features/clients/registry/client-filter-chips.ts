import { CustomFieldDefinition, UserRef } from '@switchboard/contracts';

import { customFieldFilter } from './custom-field-filter';

/** The registry's filter boxes, as the filter form holds them. */
export interface RegistryFilterValue {
  q: string;
  kind: string;
  status: string;
  category: string;
  tag: string;
  managerId: string;
  lastContactFrom: Date | null;
  lastContactTo: Date | null;
  birthdayWithinDays: string;
  customKey: string;
  customValue: string;
}

export type RegistryFilterControl = keyof RegistryFilterValue;

/** One active filter shown in the bar; removing it clears `controls`. */
export interface FilterChip {
  id: string;
  controls: readonly RegistryFilterControl[];
  /** A translation key, or the administrator's own name for a custom field. */
  label: string;
  translateLabel: boolean;
  /** Shown as is, or translated when `translateValue`; a date goes through the date pipe instead. */
  value: string;
  translateValue: boolean;
  date: Date | null;
}

interface ChipLookups {
  managers: readonly UserRef[];
  customFields: readonly CustomFieldDefinition[];
}

function chip(id: RegistryFilterControl, label: string, value: string, translateValue = false): FilterChip {
  return { id, controls: [id], label, translateLabel: true, value, translateValue, date: null };
}

/** The filters in effect besides the search box, which is always on screen. */
export function filterChips(value: RegistryFilterValue, lookups: ChipLookups): FilterChip[] {
  const chips: FilterChip[] = [];
  if (value.kind) chips.push(chip('kind', 'clients.fields.kind', `clients.kinds.${value.kind}`, true));
  if (value.status) {
    chips.push(chip('status', 'clients.fields.status', `clients.statuses.${value.status}`, true));
  }
  for (const id of ['category', 'tag'] as const) {
    if (value[id].trim()) chips.push(chip(id, `clients.fields.${id}`, value[id].trim()));
  }
  if (value.managerId) {
    const manager = lookups.managers.find((user) => user.id === value.managerId);
    chips.push(chip('managerId', 'clients.fields.manager', manager?.displayName ?? value.managerId));
  }
  for (const id of ['lastContactFrom', 'lastContactTo'] as const) {
    const date = value[id];
    if (date) chips.push({ ...chip(id, `clients.${id}`, ''), date });
  }
  if (value.birthdayWithinDays.trim()) {
    chips.push(chip('birthdayWithinDays', 'clients.birthdayWithin', value.birthdayWithinDays.trim()));
  }
  const field = lookups.customFields.find((candidate) => candidate.key === value.customKey);
  if (field && customFieldFilter(field, value.customValue)) {
    chips.push({
      ...chip('customValue', field.label, value.customValue.trim()),
      id: 'custom',
      controls: ['customKey', 'customValue'],
      translateLabel: false,
    });
  }
  return chips;
}
