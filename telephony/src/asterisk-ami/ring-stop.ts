import { RingStopReason } from '../port/pbx-events';
import { TrackedCall } from './tracked-call';

/** Q.850 causes the tracker reads from `Hangup`. */
export const BUSY_CAUSE = '17';
const ANSWERED_ELSEWHERE_CAUSE = '26';

const DIAL_STOP: Record<string, RingStopReason> = {
  NOANSWER: 'no-answer',
  BUSY: 'busy',
  CONGESTION: 'busy',
  CHANUNAVAIL: 'busy',
};

/** Why a phone stopped ringing, by the `DialStatus` of its `DialEnd`. */
export function dialStopReason(status: string): RingStopReason {
  return DIAL_STOP[status] ?? 'caller-hung-up';
}

/**
 * Why a ringing phone's leg hung up. A queue's own no-answer comes as AgentRingNoAnswer first, so a ringing
 * queue leg that hangs up was cancelled: by a colleague's answer (cause 26) or by the caller leaving.
 */
export function hangupStopReason(cause: string | undefined, call: TrackedCall): RingStopReason {
  if (cause === ANSWERED_ELSEWHERE_CAUSE) return 'answered-elsewhere';
  return call.queue !== null || call.abandoned ? 'caller-hung-up' : 'no-answer';
}
