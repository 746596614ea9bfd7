import {
  Client as ClientView,
  ClientPhoneInput,
  CreateClientRequest,
  CustomFieldDefinition,
  UpdateClientRequest,
} from '@switchboard/contracts';
import { customFieldErrors, withoutCleared } from './custom-fields/custom-field-values';
import { toE164 } from './phone-number';
import { CodedFieldError } from '../../core/http/domain-error';

export interface PhoneState {
  label: string | null;
  original: string;
  e164: string;
}

export interface ContactState {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phones: PhoneState[];
}

/** A client as it will be stored: normalized, complete and checked. */
export interface ClientState extends Required<
  Omit<CreateClientRequest, 'phones' | 'emails' | 'contacts' | 'managerId' | 'customFields'>
> {
  displayName: string;
  managerId: string | null;
  phones: PhoneState[];
  emails: { label: string | null; email: string }[];
  contacts: ContactState[];
  customFields: Record<string, string | number | boolean>;
}

export interface StateContext {
  region: string;
  customFields: CustomFieldDefinition[];
}

const blank = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The request a stored client would be created with; an edit is laid over it. */
export function asRequest(client: ClientView): CreateClientRequest {
  const phone = ({ number, label }: { number: string; label: string | null }) => ({ number, label });
  return {
    ...client,
    managerId: client.manager?.id ?? null,
    phones: client.phones.map(phone),
    emails: client.emails.map(({ email, label }) => ({ email, label })),
    contacts: client.contacts.map((contact) => ({ ...contact, phones: contact.phones.map(phone) })),
  };
}

/** `base` with the fields `edit` sets; fields the edit leaves out (undefined) stay. */
export function applyEdit(base: CreateClientRequest, edit: UpdateClientRequest): CreateClientRequest {
  const defined = Object.entries(edit).filter(([, value]) => value !== undefined);
  const merged = { ...base, ...Object.fromEntries(defined) } as CreateClientRequest;
  if (edit.customFields) merged.customFields = { ...base.customFields, ...edit.customFields };
  return merged;
}

function phoneStates(
  phones: ClientPhoneInput[],
  path: string,
  context: StateContext,
  errors: CodedFieldError[],
) {
  return phones.map((phone, index) => {
    const e164 = toE164(phone.number, context.region);
    if (!e164)
      errors.push({
        field: `${path}.${index}.number`,
        code: 'INVALID_FORMAT',
        reason: 'is not a valid phone number',
      });
    return { label: blank(phone.label), original: phone.number.trim(), e164: e164 ?? '' };
  });
}

function nameErrors(request: CreateClientRequest): CodedFieldError[] {
  if (request.kind === 'person' && !blank(request.firstName) && !blank(request.lastName)) {
    return [{ field: 'lastName', code: 'REQUIRED', reason: 'a person needs a first or last name' }];
  }
  if (request.kind === 'company' && !blank(request.legalName)) {
    return [{ field: 'legalName', code: 'REQUIRED', reason: 'a company needs its legal name' }];
  }
  return [];
}

function repeatedPhoneErrors(phones: PhoneState[]): CodedFieldError[] {
  const seen = new Set<string>();
  return phones.flatMap((phone, index) => {
    if (!phone.e164 || !seen.has(phone.e164)) {
      seen.add(phone.e164);
      return [];
    }
    return [{ field: `phones.${index}.number`, code: 'DUPLICATE', reason: 'is listed twice' }];
  });
}

/** Normalizes and checks a whole client; every problem is reported at once, with its field. */
export function toClientState(
  request: CreateClientRequest,
  context: StateContext,
): { state: ClientState; errors: CodedFieldError[] } {
  const errors = nameErrors(request);
  const person = request.kind === 'person';
  const phones = phoneStates(request.phones ?? [], 'phones', context, errors);
  errors.push(...repeatedPhoneErrors(phones));
  const contacts = (request.contacts ?? []).map((contact, index) => ({
    name: contact.name.trim(),
    jobTitle: blank(contact.position),
    email: blank(contact.email)?.toLowerCase() ?? null,
    phones: phoneStates(contact.phones ?? [], `contacts.${index}.phones`, context, errors),
  }));
  const customFields = request.customFields ?? {};
  errors.push(...customFieldErrors(customFields, context.customFields));
  const names = {
    firstName: person ? blank(request.firstName) : null,
    lastName: person ? blank(request.lastName) : null,
    middleName: person ? blank(request.middleName) : null,
    legalName: blank(request.legalName),
  };
  const state: ClientState = {
    kind: request.kind,
    ...names,
    displayName: person
      ? [names.lastName, names.firstName, names.middleName].filter(Boolean).join(' ')
      : (names.legalName ?? ''),
    birthDate: person ? (request.birthDate ?? null) : null,
    gender: person ? (request.gender ?? null) : null,
    taxId: blank(request.taxId),
    registrationNumbers: request.registrationNumbers ?? [],
    bankDetails: request.bankDetails ?? null,
    legalAddress: blank(request.legalAddress),
    deliveryAddress: blank(request.deliveryAddress),
    phones,
    emails: (request.emails ?? []).map(({ email, label }) => ({
      email: email.trim().toLowerCase(),
      label: blank(label),
    })),
    contacts,
    category: blank(request.category),
    tags: [...new Set((request.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean))],
    source: request.source ?? null,
    status: request.status ?? 'lead',
    managerId: request.managerId ?? null,
    doNotCall: request.doNotCall ?? false,
    noMarketing: request.noMarketing ?? false,
    callConsent: request.callConsent ?? false,
    familyMembers: request.familyMembers ?? [],
    importantDates: request.importantDates ?? [],
    customFields: withoutCleared(customFields) as ClientState['customFields'],
  };
  return { state, errors };
}
