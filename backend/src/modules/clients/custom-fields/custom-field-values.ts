import { CustomFieldDefinition, CustomFieldValues, FieldError } from '@switchboard/contracts';
import { ISO_DATE } from '../../../core/dates/iso-date';

type Value = CustomFieldValues[string];

function problem(definition: CustomFieldDefinition, value: Value): string | null {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 1000
        ? null
        : 'must be text of at most 1000 characters';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? null
        : 'must be a date written as YYYY-MM-DD';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'select':
      return typeof value === 'string' && definition.options.includes(value)
        ? null
        : `must be one of ${definition.options.join(', ')}`;
  }
}

/**
 * The problems of custom field values against the admin's definitions: unknown keys and values of
 * the wrong type. `null` clears a value and is always allowed.
 */
export function customFieldErrors(
  values: CustomFieldValues,
  definitions: CustomFieldDefinition[],
): FieldError[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(values)) {
    const definition = byKey.get(key);
    const reason = !definition
      ? 'is not a defined field'
      : value === null
        ? null
        : problem(definition, value);
    if (reason) errors.push({ field: `customFields.${key}`, reason });
  }
  return errors;
}

/** Stored values with the cleared (null) ones left out. */
export function withoutCleared(values: CustomFieldValues): CustomFieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
}
