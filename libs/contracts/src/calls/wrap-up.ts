import { UserRef } from '../clients/client';

/** What the agent records after a call: a disposition code, a note, a follow-up task, the order it was about. */
export interface WrapUpRequest {
  /** One of the configured disposition codes (`ConsoleSettings.dispositionCodes`). */
  code: string;
  note?: string | null;
  followUp?: { title: string; dueAt?: string | null } | null;
  orderId?: string | null;
}

export interface CallWrapUp {
  code: string;
  note: string | null;
  orderId: string | null;
  /** The follow-up task it created. */
  taskId: string | null;
  at: string;
  by: UserRef | null;
}
