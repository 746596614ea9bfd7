import { CustomFieldDefinition, CustomFieldValues } from '@switchboard/contracts';
import { ISO_DATE } from '../../../core/dates/iso-date';
import { CodedFieldError } from '../../../core/http/domain-error';

type Value = CustomFieldValues[string];

type Problem = Omit<CodedFieldError, 'field'>;

function problem(definition: CustomFieldDefinition, value: Value): Problem | null {
  switch (definition.type) {
    case 'text':
      if (typeof value !== 'string') return { code: 'WRONG_TYPE', reason: 'must be text' };
      return value.length <= 1000 ? null : { code: 'TOO_LONG', reason: 'must be at most 1000 characters' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : { code: 'WRONG_TYPE', reason: 'must be a number' };
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? null
        : { code: 'INVALID_FORMAT', reason: 'must be a date written as YYYY-MM-DD' };
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'WRONG_TYPE', reason: 'must be true or false' };
    case 'select':
      return typeof value === 'string' && definition.options.includes(value)
        ? null
        : { code: 'NOT_ALLOWED', reason: `must be one of ${definition.options.join(', ')}` };
  }
}

/**
 * The problems of custom field values against the admin's definitions: unknown keys and values of
 * the wrong type. `null` clears a value and is always allowed.
 */
export function customFieldErrors(
  values: CustomFieldValues,
  definitions: CustomFieldDefinition[],
): CodedFieldError[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const errors: CodedFieldError[] = [];
  for (const [key, value] of Object.entries(values)) {
    const definition = byKey.get(key);
    const found: Problem | null = !definition
      ? { code: 'UNKNOWN_FIELD', reason: 'is not a defined field' }
      : value === null
        ? null
        : problem(definition, value);
    if (found) errors.push({ field: `customFields.${key}`, ...found });
  }
  return errors;
}

/** Stored values with the cleared (null) ones left out. */
export function withoutCleared(values: CustomFieldValues): CustomFieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
}
