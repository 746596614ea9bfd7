import { CallDirection } from '@switchboard/contracts';
import { CallDisposition, RingStopReason } from '../port/pbx-events';

/*
 * Binotel's dispositions (sashalenz/binotel-api `DispositionEnum`): ANSWER, TRANSFER, ONLINE, CALLING,
 * BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL, VM, VM-SUCCESS, SMS-*, SUCCESS, FAILED.
 *
 * CANCEL means the side that placed the call gave up before anyone answered. On an inbound call that is
 * the customer hanging up while employees rang, which the CRM counts as `abandoned` (the Asterisk tracker
 * does the same for a caller who leaves a queue); on an outbound call it is the agent giving up on a
 * customer who did not pick up, so `no-answer`. Voicemail (VM, VM-SUCCESS) is `no-answer`: no person took
 * the call. Anything we do not know is judged by billsec: talk time means someone answered.
 */
const ANSWERED = new Set(['ANSWER', 'TRANSFER']);
const NOT_ANSWERED = new Set(['NOANSWER', 'VM', 'VM-SUCCESS']);
const FAILED = new Set(['CONGESTION', 'CHANUNAVAIL', 'FAILED']);

export function callDisposition(
  disposition: string,
  direction: CallDirection,
  billsec: number,
): CallDisposition {
  if (ANSWERED.has(disposition)) return 'answered';
  if (disposition === 'BUSY') return 'busy';
  if (disposition === 'CANCEL') return direction === 'inbound' ? 'abandoned' : 'no-answer';
  if (NOT_ANSWERED.has(disposition)) return 'no-answer';
  if (FAILED.has(disposition)) return 'failed';
  return billsec > 0 ? 'answered' : 'failed';
}

/** Why an agent whose phone still rang when the call ended stopped ringing. */
export function ringStopReason(disposition: string | null): RingStopReason {
  if (disposition === 'BUSY') return 'busy';
  if (disposition === 'NOANSWER') return 'no-answer';
  if (disposition !== null && ANSWERED.has(disposition)) return 'answered-elsewhere';
  return 'caller-hung-up';
}
