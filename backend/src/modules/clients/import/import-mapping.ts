import { CustomFieldDefinition, IMPORT_TARGET_FIELDS, ImportTargetField } from '@switchboard/contracts';
import { CodedFieldError } from '../../../core/http/domain-error';

/** Column titles people use for each field, in English, Russian and Ukrainian, lower-case. */
const TITLES: Partial<Record<ImportTargetField, string[]>> = {
  kind: ['kind', 'type', 'тип'],
  lastName: ['last name', 'surname', 'фамилия', 'прізвище'],
  firstName: ['first name', 'name first', 'имя', "ім'я", 'імя'],
  middleName: ['middle name', 'patronymic', 'отчество', 'по батькові'],
  fullName: ['name', 'full name', 'client', 'фио', 'ф.и.о.', 'піб', 'клиент', 'клієнт'],
  legalName: ['company', 'legal name', 'organization', 'компания', 'организация', 'компанія', 'організація'],
  taxId: ['tax id', 'inn', 'инн', 'єдрпоу', 'едрпоу', 'рнокпп', 'ипн', 'іпн'],
  phone: ['phone', 'mobile', 'телефон', 'тел', 'мобильный', 'мобільний'],
  phone2: ['phone 2', 'second phone', 'телефон 2', 'доп. телефон'],
  email: ['email', 'e-mail', 'mail', 'почта', 'пошта', 'эл. почта', 'ел. пошта'],
  birthDate: ['birthday', 'birth date', 'date of birth', 'дата рождения', 'день рождения', 'дата народження'],
  gender: ['gender', 'sex', 'пол', 'стать'],
  category: ['category', 'категория', 'категорія'],
  tags: ['tags', 'interests', 'теги', 'интересы', 'інтереси'],
  status: ['status', 'статус'],
  legalAddress: ['legal address', 'юридический адрес', 'юридична адреса'],
  deliveryAddress: ['address', 'delivery address', 'адрес', 'адрес доставки', 'адреса', 'адреса доставки'],
  doNotCall: ['do not call', 'не звонить', 'не дзвонити'],
  noMarketing: ['no marketing', 'no mailing', 'без рассылки', 'без розсилки'],
};

const normalize = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** A guess of the field behind each column; custom fields match by key or label. Each field is used once. */
export function suggestMapping(
  columns: string[],
  customFields: CustomFieldDefinition[],
): Record<string, ImportTargetField | null> {
  const used = new Set<ImportTargetField>();
  const guess = (title: string): ImportTargetField | null => {
    const text = normalize(title);
    const custom = customFields.find(
      (field) => normalize(field.key) === text || normalize(field.label) === text,
    );
    const builtIn = (Object.keys(TITLES) as ImportTargetField[]).find((field) =>
      TITLES[field]?.includes(text),
    );
    const target = builtIn ?? (custom ? (`custom:${custom.key}` as const) : null);
    if (!target || used.has(target)) return null;
    used.add(target);
    return target;
  };
  return Object.fromEntries(columns.map((column) => [column, guess(column)]));
}

/** Problems of a mapping: unknown columns, unknown fields, a field mapped twice, no name at all. */
export function mappingErrors(
  mapping: Record<string, string | null>,
  columns: string[],
  customFields: CustomFieldDefinition[],
): CodedFieldError[] {
  const known = new Set<string>([
    ...IMPORT_TARGET_FIELDS,
    ...customFields.map((field) => `custom:${field.key}`),
  ]);
  const seen = new Set<string>();
  const errors: CodedFieldError[] = [];
  for (const [column, target] of Object.entries(mapping)) {
    const field = `mapping.${column}`;
    if (!columns.includes(column))
      errors.push({ field, code: 'NOT_FOUND', reason: 'is not a column of the file' });
    else if (target !== null && !known.has(target))
      errors.push({ field, code: 'NOT_FOUND', reason: `"${target}" is not a client field` });
    else if (target !== null && seen.has(target))
      errors.push({ field, code: 'DUPLICATE', reason: `"${target}" is mapped twice` });
    if (target) seen.add(target);
  }
  const names = ['fullName', 'lastName', 'firstName', 'legalName'];
  if (errors.length === 0 && !names.some((name) => seen.has(name))) {
    errors.push({
      field: 'mapping',
      code: 'REQUIRED',
      reason: 'map at least one column to a name (full name, last or first name, or company)',
    });
  }
  return errors;
}
