import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  Client,
  ClientKind,
  ClientSource,
  ClientStatus,
  CreateClientRequest,
  CustomFieldDefinition,
  CustomFieldValues,
  FieldError,
  Gender,
} from '@switchboard/contracts';

import { fromIsoDate, toIsoDate } from '../../../core/i18n/iso-date';
import { SERVER_ERROR } from '../../../shared/forms/field-error.pipe';
import { serverReasonKey } from '../../../shared/forms/server-errors';

const text = (value: string) => value.trim() || null;

/** A custom field's box: a checkbox, a day from the datepicker, or typed text. */
export type CustomControlValue = string | boolean | Date | null;

/** The form's groups, built once per form with the builder. */
export function clientFormGroup(fb: NonNullableFormBuilder) {
  return fb.group({
    kind: fb.control<ClientKind>('person'),
    lastName: [''],
    firstName: [''],
    middleName: [''],
    birthDate: fb.control<Date | null>(null),
    gender: fb.control<Gender | ''>(''),
    legalName: [''],
    taxId: ['', Validators.pattern(/^(\d{8}|\d{10}|\d{12})$/)],
    bankName: [''],
    bankCode: ['', Validators.pattern(/^\d{6,9}$/)],
    account: [''],
    legalAddress: [''],
    deliveryAddress: [''],
    phones: fb.array<FormGroup<{ number: FormControl<string>; label: FormControl<string> }>>([]),
    emails: fb.array<FormControl<string>>([]),
    contacts: fb.array<
      FormGroup<{ name: FormControl<string>; position: FormControl<string>; phone: FormControl<string> }>
    >([]),
    category: [''],
    tags: fb.control<string[]>([]),
    source: fb.control<ClientSource | ''>(''),
    status: fb.control<ClientStatus>('lead'),
    managerId: [''],
    doNotCall: [false],
    noMarketing: [false],
    callConsent: [false],
    importantDates: fb.array<FormGroup<{ label: FormControl<string>; date: FormControl<Date | null> }>>([]),
    familyMembers: fb.array<
      FormGroup<{
        name: FormControl<string>;
        relation: FormControl<string>;
        birthDate: FormControl<Date | null>;
      }>
    >([]),
    registrationNumbers: fb.array<FormGroup<{ label: FormControl<string>; value: FormControl<string> }>>([]),
    custom: fb.group<Record<string, FormControl<CustomControlValue>>>({}),
  });
}

export type ClientFormGroup = ReturnType<typeof clientFormGroup>;
export type ClientFormValue = ReturnType<ClientFormGroup['getRawValue']>;

/** The request a filled form sends; empty boxes are left out or cleared, custom values typed by their field. */
export function toClientRequest(
  value: ClientFormValue,
  fields: CustomFieldDefinition[],
): CreateClientRequest {
  const person = value.kind === 'person';
  const customFields: CustomFieldValues = {};
  for (const field of fields) {
    const raw = value.custom[field.key];
    if (field.type === 'boolean') customFields[field.key] = raw === true;
    else if (field.type === 'date') customFields[field.key] = raw instanceof Date ? toIsoDate(raw) : null;
    else if (typeof raw === 'string' && raw.trim() !== '') {
      customFields[field.key] = field.type === 'number' ? Number(raw.replace(',', '.')) : raw.trim();
    } else customFields[field.key] = null;
  }
  const bank = {
    bankName: text(value.bankName),
    bankCode: text(value.bankCode),
    account: text(value.account.replace(/\s/g, '')),
  };
  return {
    kind: value.kind,
    lastName: person ? text(value.lastName) : null,
    firstName: person ? text(value.firstName) : null,
    middleName: person ? text(value.middleName) : null,
    birthDate: person ? toIsoDate(value.birthDate) : null,
    gender: person && value.gender ? value.gender : null,
    legalName: person ? null : text(value.legalName),
    taxId: text(value.taxId),
    bankDetails: Object.values(bank).some((part) => part !== null) ? bank : null,
    legalAddress: text(value.legalAddress),
    deliveryAddress: text(value.deliveryAddress),
    phones: value.phones
      .filter((phone) => phone.number.trim())
      .map((phone) => ({ number: phone.number.trim(), label: text(phone.label) })),
    emails: value.emails.filter((email) => email.trim()).map((email) => ({ email: email.trim() })),
    contacts: value.contacts
      .filter((contact) => contact.name.trim())
      .map((contact) => ({
        name: contact.name.trim(),
        position: text(contact.position),
        phones: contact.phone.trim() ? [{ number: contact.phone.trim() }] : [],
      })),
    category: text(value.category),
    tags: value.tags,
    source: value.source || null,
    status: value.status,
    managerId: value.managerId || null,
    doNotCall: value.doNotCall,
    noMarketing: value.noMarketing,
    callConsent: value.callConsent,
    importantDates: value.importantDates.flatMap(({ label, date }) => {
      const day = toIsoDate(date);
      return label.trim() && day ? [{ label, date: day }] : [];
    }),
    familyMembers: value.familyMembers
      .filter((member) => member.name.trim() && member.relation.trim())
      .map((member) => ({
        name: member.name.trim(),
        relation: member.relation.trim(),
        birthDate: toIsoDate(member.birthDate),
      })),
    registrationNumbers: person
      ? []
      : value.registrationNumbers.filter((number) => number.label.trim() && number.value.trim()),
    customFields,
  };
}

/** A custom field's box before anything is typed. */
export function emptyCustomValue(field: CustomFieldDefinition): CustomControlValue {
  if (field.type === 'boolean') return false;
  return field.type === 'date' ? null : '';
}

/** A custom field's box for the value the client has stored. */
export function storedCustomValue(
  field: CustomFieldDefinition,
  value: string | number | boolean,
): CustomControlValue {
  if (field.type === 'boolean') return value === true;
  return field.type === 'date' ? fromIsoDate(String(value)) : String(value);
}

/** The form's values for a stored client. */
export function fromClient(client: Client): Partial<ClientFormValue> {
  return {
    kind: client.kind,
    lastName: client.lastName ?? '',
    firstName: client.firstName ?? '',
    middleName: client.middleName ?? '',
    birthDate: fromIsoDate(client.birthDate),
    gender: client.gender ?? '',
    legalName: client.legalName ?? '',
    taxId: client.taxId ?? '',
    bankName: client.bankDetails?.bankName ?? '',
    bankCode: client.bankDetails?.bankCode ?? '',
    account: client.bankDetails?.account ?? '',
    legalAddress: client.legalAddress ?? '',
    deliveryAddress: client.deliveryAddress ?? '',
    category: client.category ?? '',
    tags: client.tags,
    source: client.source ?? '',
    status: client.status,
    managerId: client.manager?.id ?? '',
    doNotCall: client.doNotCall,
    noMarketing: client.noMarketing,
    callConsent: client.callConsent,
  };
}

/**
 * Puts the server's field errors on the matching controls (`phones.1.number`, `customFields.loyalty`,
 * `lastName` ...); returns whether any was placed.
 */
export function applyClientErrors(form: ClientFormGroup, errors: FieldError[]): boolean {
  let applied = false;
  for (const error of errors) {
    const { field } = error;
    const path = field
      .replace(/^customFields\./, 'custom.')
      .replace(/^contacts\.(\d+)\.phones\.\d+\.number$/, 'contacts.$1.phone');
    const control = form.get(path.replace(/^emails\.(\d+)\.email$/, 'emails.$1'));
    if (control) {
      control.setErrors({ [SERVER_ERROR]: serverReasonKey(error) });
      control.markAsTouched();
      applied = true;
    }
  }
  return applied;
}
