import { RequestFailure, failureMessageKey } from '../http/api-error';

const TELEPHONY_CODES = [
  'NO_EXTENSION',
  'PBX_NOT_CONNECTED',
  'PBX_ACTION_FAILED',
  'PBX_ACTION_UNSUPPORTED',
  'DEMO_PHONE_NO_CALL',
  'DEMO_PHONE_UNAVAILABLE',
];

/** Translation key for a failed telephony request: the PBX's own codes get their own words. */
export function callFailureKey(failure: RequestFailure): string {
  return failure.code && TELEPHONY_CODES.includes(failure.code)
    ? `console.errors.${failure.code}`
    : failureMessageKey(failure);
}
