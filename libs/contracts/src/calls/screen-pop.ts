import { ClientKind, UserRef } from '../clients/client';
import { HistoryKind } from '../clients/history';
import { Currency, Money } from '../orders/money';
import { OpenOrder } from '../orders/payment';
import { CallDirection, CallDisposition } from './call';
import { SelfServiceOutcome } from './self-service';

/** The caller as the pop shows them: enough to greet them, not the whole card. */
export interface PopClient {
  id: string;
  kind: ClientKind;
  name: string;
  category: string | null;
  tags: string[];
  manager: UserRef | null;
  phones: { number: string; e164: string }[];
  doNotCall: boolean;
  noMarketing: boolean;
}

/** `call.ringing`: sent only to the agent whose phone rings, before they answer. */
export interface ScreenPop {
  callId: string;
  direction: CallDirection;
  /** E.164 where it could be read as one. */
  callerNumber: string;
  queue: string | null;
  /** Null for an unknown number: the console offers a new-client form with the number filled in. */
  client: PopClient | null;
  openOrders: Pick<
    OpenOrder,
    'id' | 'number' | 'stage' | 'stageName' | 'stageNameTranslations' | 'total' | 'currency'
  >[];
  debt: { total: Money; overdue: Money; currency: Currency };
  bonusBalance: Money;
  lastInteractions: { at: string; kind: HistoryKind; text: string | null }[];
  openTasks: { id: string; title: string; dueAt: string | null }[];
  /** What the caller asked the self-service menu before the queue; null or absent: they did not use it. */
  selfService?: SelfServiceOutcome | null;
}

/** `call.ringStopped`: the agent's phone stopped ringing without them answering (another agent took it ...). */
export interface CallRingStoppedPayload {
  callId: string;
  reason: 'no-answer' | 'busy' | 'answered-elsewhere' | 'caller-hung-up';
}

export interface CallAnsweredPayload {
  callId: string;
  answeredAt: string;
}

/** `call.ended`: the console opens wrap-up for this call. */
export interface CallEndedPayload {
  callId: string;
  disposition: CallDisposition;
  talkSeconds: number;
  endedAt: string;
}
