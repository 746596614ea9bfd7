import {
  AgentPresence,
  CallDirection,
  CallDisposition,
  DocumentKind,
  ScreenPop,
  SessionRevokedPayload,
  UserRole,
} from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { EntityManager } from 'typeorm';

/**
 * Every in-process event, named `domain.pastTense`, with its payload: the bus's emit side and the
 * `@OnDomainEvent` handlers are both typed by this map. Payloads carry ids and small snapshots.
 */
export interface DomainEvents {
  /** One normalized PBX event, emitted in the PBX's order. */
  'pbx.eventReceived': PbxEvent;
  /** An agent's presence (queues, pause, phone, wrap-up) changed, as the agent and supervisors see it. */
  'agent.presenceChanged': AgentPresence;
  /** The caller's card for a call was built and sent to the first agent it rang (once per call). */
  'call.popBuilt': ScreenPop;
  /** A call was stored as ended (once per call); awaited. */
  'call.ended': CallEndedEvent;
  /** The agent saved the wrap-up of a call; their wrap-up time is over. Awaited. */
  'call.wrappedUp': CallWrappedUpEvent;
  /**
   * Awaited inside the merge transaction, so modules owning data of a client (orders, documents,
   * calls) move it to the kept client within the same transaction.
   */
  'client.merged': ClientMergedEvent;
  /** An order moved into another funnel stage; emitted after the move is stored, awaited. */
  'order.stageEntered': OrderStageEnteredEvent;
  /** A payment (not a refund) was stored; awaited. */
  'payment.recorded': PaymentRecordedEvent;
  /** A payment brought an order's debt to zero; emitted after the payment is stored, awaited. */
  'payment.orderPaidInFull': OrderPaidInFullEvent;
  /** A document was generated and stored; emitted after it is stored, awaited. */
  'document.issued': DocumentIssuedEvent;
  /** A user was created or changed (name, role, extension, active); awaited. */
  'user.saved': UserSavedEvent;
  /** The directory of agents' extensions was read again (after a user was saved). */
  'extensions.reloaded': ExtensionsReloadedEvent;
  /** A user's tokens stopped working; live sockets must be told and closed. */
  'user.sessionsRevoked': UserSessionsRevokedEvent;
  /** A team was created, changed or deleted; emitted after it is stored, awaited. */
  'teams.changed': TeamsChangedEvent;
}

export type DomainEventName = keyof DomainEvents;

export interface CallEndedEvent {
  id: string;
  direction: CallDirection;
  disposition: CallDisposition;
  queue: string | null;
  clientId: string | null;
  agentId: string | null;
  callerNumber: string;
  calleeNumber: string | null;
  talkSeconds: number;
  endedAt: Date;
  /** Where the PBX keeps the recording: a file path on Asterisk, a link into Binotel. */
  recording: string | null;
}

export interface CallWrappedUpEvent {
  callId: string;
  userId: string;
}

export interface ClientMergedEvent {
  sourceId: string;
  targetId: string;
  manager: EntityManager;
}

export interface OrderStageEnteredEvent {
  orderId: string;
  clientId: string;
  stageId: string;
}

export interface PaymentRecordedEvent {
  orderId: string;
  paymentId: string;
  clientId: string;
}

export interface OrderPaidInFullEvent {
  orderId: string;
  paymentId: string;
  /** Who recorded the payment. */
  actorId: string;
}

export interface DocumentIssuedEvent {
  documentId: string;
  kind: DocumentKind;
  orderId: string;
  /** Who generated the document. */
  actorId: string;
}

export interface ExtensionsReloadedEvent {
  /** How many active users own an extension now. */
  owners: number;
}

export interface UserSavedEvent {
  userId: string;
  role: UserRole;
}

export interface UserSessionsRevokedEvent {
  userId: string;
  reason: SessionRevokedPayload['reason'];
}

export interface TeamsChangedEvent {
  /** The team's members before and after the change, each once: whose supervision may have changed. */
  userIds: string[];
}
