export const CLIENT_KINDS = ['person', 'company'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export interface ClientPhone {
  id: string;
  label: string | null;
  /** As the person typed it, for display. */
  number: string;
  /** Normalized E.164 form, the one every look-up uses. */
  e164: string;
}

export interface Client {
  id: string;
  kind: ClientKind;
  /** Full name of a person or the legal name of a company. */
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  legalName: string | null;
  taxId: string | null;
  phones: ClientPhone[];
  createdAt: string;
  updatedAt: string;
}

export interface ClientPhoneInput {
  number: string;
  label?: string;
}

export interface CreateClientRequest {
  kind: ClientKind;
  firstName?: string;
  lastName?: string;
  middleName?: string;
  legalName?: string;
  taxId?: string;
  phones?: ClientPhoneInput[];
}
