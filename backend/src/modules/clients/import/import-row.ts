import { CreateClientRequest, CustomFieldDefinition, ImportTargetField } from '@switchboard/contracts';
import { CodedFieldError } from '../../../core/http/domain-error';

const YES = new Set(['1', 'yes', 'y', 'true', 'да', 'так', '+', 'x']);
const FEMALE = new Set(['f', 'female', 'ж', 'жен', 'женский', 'жіноча']);
const MALE = new Set(['m', 'male', 'м', 'муж', 'мужской', 'чоловіча']);
const COMPANY = new Set([
  'company',
  'компания',
  'компанія',
  'юр',
  'юрлицо',
  'юридическое лицо',
  'юридична особа',
]);

/** `YYYY-MM-DD` from ISO or `DD.MM.YYYY` (the usual form in our markets); anything else is kept for the check to refuse. */
export function importDate(text: string): string {
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  return dotted ? `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}` : text;
}

/** Last, first and middle name from one cell, in the order people write them here. */
export function splitFullName(text: string): { lastName?: string; firstName?: string; middleName?: string } {
  const [lastName, firstName, ...rest] = text.split(/\s+/).filter(Boolean);
  return { lastName, firstName, middleName: rest.length > 0 ? rest.join(' ') : undefined };
}

function customValue(definition: CustomFieldDefinition | undefined, text: string): string | number | boolean {
  if (definition?.type === 'number') return Number(text.replace(',', '.'));
  if (definition?.type === 'boolean') return YES.has(text.toLowerCase());
  if (definition?.type === 'date') return importDate(text);
  return text;
}

/**
 * The client a file row describes under a mapping (column -> field). Cells are trimmed and empty ones
 * ignored; the row becomes a company when its kind says so or it has a company name but no person name.
 */
export function rowToClient(
  row: string[],
  columns: string[],
  mapping: Record<string, ImportTargetField | null>,
  customFields: CustomFieldDefinition[],
): CreateClientRequest {
  const cells = new Map<ImportTargetField, string>();
  columns.forEach((column, index) => {
    const target = mapping[column];
    const text = (row[index] ?? '').trim();
    if (target && text) cells.set(target, text);
  });
  const get = (field: ImportTargetField) => cells.get(field);
  const names = get('fullName') ? splitFullName(get('fullName') as string) : {};
  const person = {
    lastName: get('lastName') ?? names.lastName,
    firstName: get('firstName') ?? names.firstName,
  };
  const company =
    COMPANY.has((get('kind') ?? '').toLowerCase()) ||
    (get('legalName') !== undefined && !person.lastName && !person.firstName);
  const gender = (get('gender') ?? '').toLowerCase();
  const request: CreateClientRequest = {
    kind: company ? 'company' : 'person',
    ...person,
    middleName: get('middleName') ?? names.middleName,
    legalName: get('legalName') ?? (company ? get('fullName') : undefined),
    taxId: get('taxId')?.replace(/\s/g, ''),
    phones: (['phone', 'phone2'] as const).flatMap((field) =>
      get(field) ? [{ number: get(field) as string }] : [],
    ),
    emails: get('email') ? [{ email: get('email') as string }] : [],
    birthDate: get('birthDate') ? importDate(get('birthDate') as string) : undefined,
    gender: FEMALE.has(gender) ? 'female' : MALE.has(gender) ? 'male' : undefined,
    category: get('category'),
    tags: get('tags')
      ?.split(/[,;]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    status: get('status') as CreateClientRequest['status'],
    legalAddress: get('legalAddress'),
    deliveryAddress: get('deliveryAddress'),
    doNotCall: get('doNotCall') ? YES.has((get('doNotCall') as string).toLowerCase()) : undefined,
    noMarketing: get('noMarketing') ? YES.has((get('noMarketing') as string).toLowerCase()) : undefined,
    source: 'import',
    customFields: Object.fromEntries(
      [...cells]
        .filter(([field]) => field.startsWith('custom:'))
        .map(([field, text]) => {
          const key = field.slice('custom:'.length);
          return [
            key,
            customValue(
              customFields.find((definition) => definition.key === key),
              text,
            ),
          ];
        }),
    ),
  };
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as CreateClientRequest;
}

/** Checks the rules the DTO would apply to an HTTP request that `check` does not repeat. */
export function rowShapeErrors(request: CreateClientRequest): CodedFieldError[] {
  const errors: CodedFieldError[] = [];
  if (request.taxId && !/^(\d{8}|\d{10}|\d{12})$/.test(request.taxId)) {
    errors.push({
      field: 'taxId',
      code: 'INVALID_FORMAT',
      reason: 'must be 8 (ЄДРПОУ), 10 or 12 (ИНН/РНОКПП) digits',
    });
  }
  if (request.birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(request.birthDate)) {
    errors.push({
      field: 'birthDate',
      code: 'INVALID_FORMAT',
      reason: 'must be a date written as YYYY-MM-DD or DD.MM.YYYY',
    });
  }
  for (const email of request.emails ?? []) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.email))
      errors.push({ field: 'email', code: 'INVALID_FORMAT', reason: 'must be an email address' });
  }
  if (request.status && !['lead', 'active', 'inactive'].includes(request.status)) {
    errors.push({ field: 'status', code: 'NOT_ALLOWED', reason: 'must be one of lead, active, inactive' });
  }
  return errors;
}
