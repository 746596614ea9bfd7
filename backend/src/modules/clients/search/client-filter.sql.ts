import { ClientFilter, CustomFieldDefinition, CustomFieldFilter } from '@switchboard/contracts';
import { ValidationFailedError, CodedFieldError } from '../../../core/http/domain-error';
import { BIRTHDAY_SQL, birthdayRanges } from './birthday-window';
import { nameKey } from './name-key';
import { SearchTerms, readSearchTerms } from './search-terms';
import { SqlParams, escapeLike } from '../../../core/database/sql-params';

export interface FilterContext {
  region: string;
  customFields: CustomFieldDefinition[];
  today: Date;
  /** Match names by trigram similarity instead of by fragment: the fallback when fragments find nothing. */
  fuzzyNames?: boolean;
}

function searchCondition(terms: SearchTerms, params: SqlParams, fuzzy: boolean): string {
  switch (terms.by) {
    case 'email': {
      const fragment = params.add(`%${escapeLike(terms.email)}%`);
      return `c.id IN (SELECT client_id FROM client_emails WHERE email LIKE ${fragment})`;
    }
    case 'digits': {
      const phones = [`reverse(e164) LIKE ${params.add(`${[...terms.suffix].reverse().join('')}%`)}`];
      if (terms.e164) phones.push(`e164 = ${params.add(terms.e164)}`);
      const byPhone = `SELECT client_id FROM client_phones WHERE ${phones.join(' OR ')}`;
      // A union rather than OR, so both the phone and the tax id index answer.
      const byTaxId = terms.taxId
        ? ` UNION SELECT id FROM clients WHERE tax_id = ${params.add(terms.taxId)}`
        : '';
      return `c.id IN (${byPhone}${byTaxId})`;
    }
    case 'name':
      // Both sides as search keys, so a name typed in Cyrillic finds its Latin spelling and back.
      if (fuzzy) return `${params.add(nameKey(terms.text))} <% c.search_name`;
      return terms.words
        .map((word) => `c.search_name LIKE ${params.add(`%${escapeLike(nameKey(word))}%`)}`)
        .join(' AND ');
  }
}

function customFieldCondition(
  filter: CustomFieldFilter,
  index: number,
  definitions: CustomFieldDefinition[],
  params: SqlParams,
): string | CodedFieldError {
  const field = `customFields.${index}`;
  const definition = definitions.find((candidate) => candidate.key === filter.key);
  if (!definition) return { field, code: 'NOT_FOUND', reason: `"${filter.key}" is not a defined field` };
  const key = params.add(filter.key);
  const numeric = definition.type === 'number';
  const value = numeric ? Number(filter.value) : filter.value;
  if (numeric && !Number.isFinite(value))
    return { field, code: 'WRONG_TYPE', reason: 'must compare with a number' };
  const operand = numeric ? `(c.custom_fields->>${key})::numeric` : `c.custom_fields->>${key}`;
  const comparable = numeric || definition.type === 'date';
  switch (filter.op) {
    case 'eq':
      return `${operand} = ${params.add(numeric ? value : String(value))}`;
    case 'gte':
    case 'lte':
      if (!comparable)
        return { field, code: 'NOT_ALLOWED', reason: `${filter.op} needs a number or date field` };
      return `${operand} ${filter.op === 'gte' ? '>=' : '<='} ${params.add(value)}`;
    case 'contains':
      if (definition.type !== 'text')
        return { field, code: 'NOT_ALLOWED', reason: 'contains needs a text field' };
      return `${operand} ILIKE ${params.add(`%${escapeLike(String(value))}%`)}`;
  }
}

function birthdayCondition(days: number, today: Date): string {
  const ranges = birthdayRanges(today, days);
  if (ranges === 'all') return 'c.birth_date IS NOT NULL';
  const parts = ranges.map(([from, to]) => `${BIRTHDAY_SQL} BETWEEN ${from} AND ${to}`);
  return `(${parts.join(' OR ')})`;
}

/**
 * The WHERE clause selecting the clients of a filter (alias `c`), shared by the registry, export and
 * segments. Unknown custom fields and impossible comparisons answer 400 naming the filter.
 */
export function clientFilterSql(filter: ClientFilter, context: FilterContext, params: SqlParams): string {
  const conditions = [filter.deleted ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
  const terms = filter.q ? readSearchTerms(filter.q, context.region) : null;
  if (terms) conditions.push(searchCondition(terms, params, context.fuzzyNames ?? false));
  if (filter.kind) conditions.push(`c.kind = ${params.add(filter.kind)}`);
  if (filter.status) conditions.push(`c.status = ${params.add(filter.status)}`);
  if (filter.category) conditions.push(`c.category = ${params.add(filter.category)}`);
  if (filter.tag) conditions.push(`c.tags @> ARRAY[${params.add(filter.tag.toLowerCase())}]::text[]`);
  if (filter.managerId) conditions.push(`c.manager_id = ${params.add(filter.managerId)}`);
  if (filter.lastContactFrom)
    conditions.push(`c.last_contact_at >= ${params.add(filter.lastContactFrom)}::date`);
  if (filter.lastContactTo) {
    conditions.push(`c.last_contact_at < ${params.add(filter.lastContactTo)}::date + 1`);
  }
  if (filter.birthdayWithinDays !== undefined) {
    conditions.push(birthdayCondition(filter.birthdayWithinDays, context.today));
  }
  const errors: CodedFieldError[] = [];
  (filter.customFields ?? []).forEach((custom, index) => {
    const condition = customFieldCondition(custom, index, context.customFields, params);
    if (typeof condition === 'string') conditions.push(condition);
    else errors.push(condition);
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return conditions.join(' AND ');
}

/** Whether the filter searches by name, so an empty answer may be retried with typo tolerance. */
export const searchesByName = (filter: ClientFilter, region: string) =>
  filter.q !== undefined && readSearchTerms(filter.q, region)?.by === 'name';
