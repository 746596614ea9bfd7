export const CLIENT_KINDS = ['person', 'company'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export const CLIENT_STATUSES = ['lead', 'active', 'inactive'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const CLIENT_SOURCES = ['call', 'site', 'walk-in', 'referral', 'import'] as const;
export type ClientSource = (typeof CLIENT_SOURCES)[number];

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** Suggested categories; any short label is accepted. */
export const DEFAULT_CLIENT_CATEGORIES = ['regular', 'vip', 'wholesale'] as const;
export type DefaultClientCategory = (typeof DEFAULT_CLIENT_CATEGORIES)[number];

/** The offered categories are stored as these codes and named in each language; typed ones stay as typed. */
export function isDefaultClientCategory(value: string): value is DefaultClientCategory {
  return (DEFAULT_CLIENT_CATEGORIES as readonly string[]).includes(value);
}

export interface ClientPhone {
  id: string;
  label: string | null;
  /** As the person typed it, for display. */
  number: string;
  /** Normalized E.164 form, the one every look-up uses. */
  e164: string;
}

export interface ClientEmail {
  id: string;
  label: string | null;
  email: string;
}

/** A person to talk to at a company, with their own numbers (a call from them pops the company). */
export interface ContactPerson {
  id: string;
  name: string;
  position: string | null;
  email: string | null;
  phones: ClientPhone[];
}

export interface BankDetails {
  bankName: string | null;
  /** BIK in Russia, MFO in Ukraine. */
  bankCode: string | null;
  /** IBAN or a local account number. */
  account: string | null;
}

/** A labelled registration number of a company (OGRN, KPP, VAT number ...). */
export interface RegistrationNumber {
  label: string;
  value: string;
}

export interface FamilyMember {
  name: string;
  relation: string;
  /** `YYYY-MM-DD`. */
  birthDate: string | null;
}

export interface ImportantDate {
  label: string;
  /** `YYYY-MM-DD`; reminded every year on its month and day. */
  date: string;
}

/** Values of admin-defined fields, by field key. */
export type CustomFieldValues = Record<string, string | number | boolean | null>;

export interface UserRef {
  id: string;
  displayName: string;
}

/** The client card: everything stored about a client. */
export interface Client {
  id: string;
  kind: ClientKind;
  /** Full name of a person or the legal name of a company. */
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  /** `YYYY-MM-DD`. */
  birthDate: string | null;
  gender: Gender | null;
  legalName: string | null;
  taxId: string | null;
  registrationNumbers: RegistrationNumber[];
  bankDetails: BankDetails | null;
  legalAddress: string | null;
  deliveryAddress: string | null;
  phones: ClientPhone[];
  emails: ClientEmail[];
  contacts: ContactPerson[];
  category: string | null;
  tags: string[];
  source: ClientSource | null;
  status: ClientStatus;
  manager: UserRef | null;
  doNotCall: boolean;
  noMarketing: boolean;
  /** The client agreed to automated calls (surveys, reminders); campaigns that require consent call only them. */
  callConsent: boolean;
  familyMembers: FamilyMember[];
  importantDates: ImportantDate[];
  customFields: CustomFieldValues;
  lastContactAt: string | null;
  createdAt: string;
  createdBy: UserRef | null;
  updatedAt: string;
  updatedBy: UserRef | null;
  /** Set while the client is in the bin; restore clears it. */
  deletedAt: string | null;
}

/** A row of the registry: what a list shows without loading the whole card. */
export interface ClientSummary {
  id: string;
  kind: ClientKind;
  displayName: string;
  taxId: string | null;
  phones: string[];
  emails: string[];
  category: string | null;
  tags: string[];
  status: ClientStatus;
  manager: UserRef | null;
  birthDate: string | null;
  lastContactAt: string | null;
  createdAt: string;
  customFields: CustomFieldValues;
}

export interface ClientPhoneInput {
  number: string;
  label?: string | null;
}

export interface ClientEmailInput {
  email: string;
  label?: string | null;
}

export interface ContactPersonInput {
  name: string;
  position?: string | null;
  email?: string | null;
  phones?: ClientPhoneInput[];
}

/** Fields a client is created with; only `kind` and a name are required. */
export interface CreateClientRequest {
  kind: ClientKind;
  firstName?: string | null;
  lastName?: string | null;
  middleName?: string | null;
  birthDate?: string | null;
  gender?: Gender | null;
  legalName?: string | null;
  taxId?: string | null;
  registrationNumbers?: RegistrationNumber[];
  bankDetails?: BankDetails | null;
  legalAddress?: string | null;
  deliveryAddress?: string | null;
  phones?: ClientPhoneInput[];
  emails?: ClientEmailInput[];
  contacts?: ContactPersonInput[];
  category?: string | null;
  tags?: string[];
  source?: ClientSource | null;
  status?: ClientStatus;
  managerId?: string | null;
  doNotCall?: boolean;
  noMarketing?: boolean;
  callConsent?: boolean;
  familyMembers?: FamilyMember[];
  importantDates?: ImportantDate[];
  customFields?: CustomFieldValues;
}

/** A partial edit: fields left out stay; lists (phones, emails, contacts ...) are replaced whole. */
export type UpdateClientRequest = Partial<Omit<CreateClientRequest, 'kind'>>;

/** Why a client looks like one already stored. */
export interface DuplicateMatch {
  client: ClientSummary;
  matchedOn: ('phone' | 'taxId' | 'email')[];
}

/** Answer of the duplicate check the forms run before saving. */
export interface DuplicateCheckResponse {
  duplicates: DuplicateMatch[];
}

/** Keep `targetId`; move phones, emails, contacts and history of `sourceId` to it and delete the source. */
export interface MergeClientsRequest {
  sourceId: string;
}
