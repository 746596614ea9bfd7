import {
  CustomFieldDefinition,
  FieldError,
  IMPORT_TARGET_FIELDS,
  ImportTargetField,
} from '@switchboard/contracts';

/** Column title -> client field, null for a column that is not imported. */
export type ImportMapping = Record<string, ImportTargetField | null>;

const CUSTOM_PREFIX = 'custom:';
/** The API refuses a mapping without at least one of these. */
export const NAME_TARGETS: readonly ImportTargetField[] = ['fullName', 'lastName', 'firstName', 'legalName'];

export const customTarget = (key: string): ImportTargetField => `${CUSTOM_PREFIX}${key}`;

/** Every field a column can go to: the built-in ones, then each custom field in its order. */
export function importTargets(customFields: readonly CustomFieldDefinition[]): ImportTargetField[] {
  return [...IMPORT_TARGET_FIELDS, ...customFields.map((field) => customTarget(field.key))];
}

/**
 * The mapping the wizard starts from: the API's guess for every column, except a guess that names no
 * known field or repeats one an earlier column already took.
 */
export function initialMapping(
  columns: readonly string[],
  suggested: Partial<ImportMapping>,
  targets: readonly ImportTargetField[],
): ImportMapping {
  const used = new Set<ImportTargetField>();
  const mapping: ImportMapping = {};
  for (const column of columns) {
    const guess = suggested[column] ?? null;
    const usable = guess !== null && targets.includes(guess) && !used.has(guess);
    mapping[column] = usable ? guess : null;
    if (usable) used.add(guess);
  }
  return mapping;
}

/** Sends `column` to `target`; a column that had that target before is let go, as a field takes one column. */
export function withTarget(
  mapping: ImportMapping,
  column: string,
  target: ImportTargetField | null,
): ImportMapping {
  const next: ImportMapping = {};
  for (const [other, current] of Object.entries(mapping)) {
    next[other] = target !== null && current === target ? null : current;
  }
  next[column] = target;
  return next;
}

/** Why the API would refuse this mapping, as a translation key; null when it can be started. */
export function mappingProblem(mapping: ImportMapping): string | null {
  const targets = Object.values(mapping).filter((target) => target !== null);
  if (targets.length === 0) return 'clientImport.mapping.nothing';
  if (!targets.some((target) => NAME_TARGETS.includes(target))) return 'clientImport.mapping.needName';
  return null;
}

/** How to name a field: a translation key for a built-in one, the admin's label for a custom one. */
export function describeTarget(
  target: string,
  customFields: readonly CustomFieldDefinition[],
): { key: string } | { text: string } {
  if (target.startsWith(CUSTOM_PREFIX)) {
    const key = target.slice(CUSTOM_PREFIX.length);
    return { text: customFields.find((field) => field.key === key)?.label ?? key };
  }
  return (IMPORT_TARGET_FIELDS as readonly string[]).includes(target)
    ? { key: `clientImport.targets.${target}` }
    : { text: target };
}

/** The API's complaints about a mapping (`mapping.<column>`), by column. */
export function columnErrors(errors: readonly FieldError[]): Record<string, string> {
  const byColumn: Record<string, string> = {};
  for (const { field, reason } of errors) {
    if (field.startsWith('mapping.')) byColumn[field.slice('mapping.'.length)] = reason;
  }
  return byColumn;
}
