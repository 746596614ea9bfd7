import { CustomFieldDefinition, CustomFieldFilter } from '@switchboard/contracts';

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
