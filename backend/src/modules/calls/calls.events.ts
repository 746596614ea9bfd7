import { CallDirection, CallDisposition } from '@switchboard/contracts';

/** In-process event: a call was stored as ended (once per call). */
export const CALL_ENDED = 'calls.ended';

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
}

/** In-process event: the agent saved the wrap-up of a call; their wrap-up time is over. */
export const CALL_WRAPPED_UP = 'calls.wrappedUp';

export interface CallWrappedUpEvent {
  callId: string;
  userId: string;
}
