import { UserRef } from './client';

export const HISTORY_KINDS = [
  'note',
  'call',
  'meeting',
  'message',
  'status-change',
  'document',
  'order',
  'created',
  'updated',
  'merged',
  'deleted',
  'restored',
  'survey',
  'reminder',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** What happened to an order, in `data.event` of an `order` entry. */
export const ORDER_HISTORY_EVENTS = [
  'created',
  'updated',
  'moved',
  'payment_partial',
  'paid_in_full',
  'refunded',
] as const;
export type OrderHistoryEvent = (typeof ORDER_HISTORY_EVENTS)[number];
/** Payment entries also carry `amount`, `currency` and the `debt` left after them. */
export type PaymentHistoryEvent = Extract<OrderHistoryEvent, 'payment_partial' | 'paid_in_full' | 'refunded'>;

/** One entry of a client's timeline; later modules add their own kinds through the same table. */
export interface HistoryEntry {
  id: string;
  clientId: string;
  kind: HistoryKind;
  occurredAt: string;
  author: UserRef | null;
  text: string | null;
  /** Kind-specific facts: changed fields, call id and duration, document number ... */
  data: Record<string, unknown>;
}

/** What an operator adds from the card: a note, or a meeting that took place. */
export interface CreateHistoryEntryRequest {
  kind: 'note' | 'meeting';
  text: string;
  /** When the meeting took place; defaults to now. */
  occurredAt?: string;
}

export interface HistoryQuery {
  kind?: HistoryKind;
  page?: number;
  pageSize?: number;
}
