import { DomainError } from '../../../core/http/domain-error';

export class ImportNotFoundError extends DomainError {
  constructor(id: string) {
    super('IMPORT_NOT_FOUND', `Import ${id} does not exist`);
  }
}

export class ImportAlreadyStartedError extends DomainError {
  constructor(id: string) {
    super('IMPORT_ALREADY_STARTED', `Import ${id} has already been started`);
  }
}

/** The import field a client field came from (`phones.1.number` -> `phone2`), as the report names it. */
export function importFieldOf(field: string): string {
  const phone = /^phones\.(\d+)\./.exec(field);
  if (phone) return phone[1] === '0' ? 'phone' : 'phone2';
  if (field.startsWith('emails.')) return 'email';
  if (field.startsWith('customFields.')) return `custom:${field.slice('customFields.'.length)}`;
  return field;
}
