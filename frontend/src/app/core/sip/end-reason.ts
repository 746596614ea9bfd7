import { EndReason } from './softphone.machine';

/**
 * What the agent is told about a finished call, from JsSIP's `ended` (a confirmed call hung up) or
 * `failed` (never connected) with its originator and cause, passed as plain strings.
 */
export function endReason(kind: 'ended' | 'failed', originator: string, cause: string): EndReason {
  if (kind === 'ended') return originator === 'local' ? 'hangup' : 'remoteHangup';
  switch (cause) {
    case 'Busy':
      return 'busy';
    case 'Rejected':
      return 'rejected';
    case 'Canceled':
      return 'canceled';
    case 'No Answer':
    case 'Request Timeout':
      return 'unanswered';
    default:
      return 'failed';
  }
}
