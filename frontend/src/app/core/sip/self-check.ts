import type { MicrophoneFailure } from './input-level';
import type { SoftphoneAvailability, TransportState } from './sip.service';
import type { RegistrationState } from './softphone.machine';

/** 'unknown' where the browser has no Permissions API for the microphone (Firefox before 131). */
export type MicrophonePermission = PermissionState | 'unknown';

export interface SelfCheckFacts {
  secure: boolean;
  permission: MicrophonePermission;
  /** The meter's attempt to open the microphone: under way, working, or why not. */
  microphone: 'checking' | 'ok' | MicrophoneFailure;
  availability: SoftphoneAvailability;
  transport: TransportState;
  registration: RegistrationState;
  lastIce: RTCIceConnectionState | null;
}

/** Each one has a sentence under `softphone.check.problems`. */
export type SelfCheckProblem =
  | 'insecure'
  | 'permissionDenied'
  | 'noInput'
  | 'microphoneFailed'
  | 'softphoneOff'
  | 'notConnected'
  | 'notRegistered'
  | 'iceFailed';

/** What is wrong, most fundamental first: without HTTPS nothing else below can work. */
export function selfCheckProblems(facts: SelfCheckFacts): SelfCheckProblem[] {
  const problems: SelfCheckProblem[] = [];
  if (!facts.secure) problems.push('insecure');
  if (facts.permission === 'denied' || facts.microphone === 'denied') problems.push('permissionDenied');
  else if (facts.microphone === 'noDevice') problems.push('noInput');
  else if (facts.microphone === 'failed' && facts.secure) problems.push('microphoneFailed');
  if (facts.availability !== 'ready') {
    if (facts.availability !== 'insecure' && facts.availability !== 'loading') problems.push('softphoneOff');
  } else if (facts.transport !== 'connected') {
    problems.push('notConnected');
  } else if (facts.registration !== 'registered') {
    problems.push('notRegistered');
  }
  if (facts.lastIce === 'failed') problems.push('iceFailed');
  return problems;
}

/** The microphone permission now, and a way to hear when the agent changes it in the browser. */
export async function microphonePermission(
  onChange: (state: PermissionState) => void,
): Promise<{ state: MicrophonePermission; stop: () => void }> {
  try {
    const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
    const listener = () => onChange(status.state);
    status.addEventListener('change', listener);
    return { state: status.state, stop: () => status.removeEventListener('change', listener) };
  } catch {
    return { state: 'unknown', stop: () => undefined };
  }
}
