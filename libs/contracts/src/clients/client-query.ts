import { ClientKind, ClientStatus } from './client';

export const CLIENT_SORT_FIELDS = [
  'displayName',
  'createdAt',
  'lastContactAt',
  'birthDate',
  'status',
] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];

/** One condition on an admin-defined field; `value` is compared by the field's type. */
export interface CustomFieldFilter {
  key: string;
  op: 'eq' | 'gte' | 'lte' | 'contains';
  value: string | number | boolean;
}

/**
 * What a list of clients is filtered by. The registry sends it as query parameters (`customFields` as
 * JSON text); saved segments store it as is, so mailing and reports reuse the same filter.
 */
export interface ClientFilter {
  /** Phone in any format or its last 4+ digits, a name fragment (typos tolerated), a tax id or an email. */
  q?: string;
  kind?: ClientKind;
  status?: ClientStatus;
  category?: string;
  tag?: string;
  managerId?: string;
  /** Last contact on or after / on or before this date (`YYYY-MM-DD`). */
  lastContactFrom?: string;
  lastContactTo?: string;
  /** Birthday (month and day) within the next N days, today included. */
  birthdayWithinDays?: number;
  customFields?: CustomFieldFilter[];
  /** Show the bin: only deleted clients. */
  deleted?: boolean;
}

export interface ClientListQuery extends ClientFilter {
  sort?: ClientSortField;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}
