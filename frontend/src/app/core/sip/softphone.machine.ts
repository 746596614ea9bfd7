/**
 * The softphone's states and how events move between them. Pure: no Angular, no JsSIP, no clock
 * (times arrive inside events), so every rule here is tested without a browser.
 */

export type RegistrationState = 'unregistered' | 'registering' | 'registered' | 'failed' | 'reconnecting';

export type CallDirection = 'incoming' | 'outgoing';

/** Why a call ended, as the agent is told. */
export type EndReason =
  'hangup' | 'remoteHangup' | 'rejected' | 'busy' | 'unanswered' | 'canceled' | 'failed' | 'transferred';

/**
 * An attended transfer in progress: the customer is on hold while the agent calls the target on a
 * second session (`dialing`, then `talking`), and `completing` once the REFER with Replaces is sent.
 */
export type ConsultStage = 'dialing' | 'talking' | 'completing';

export interface Consult {
  callId: string;
  target: string;
  stage: ConsultStage;
}

export type CallState =
  | { kind: 'idle' }
  | { kind: 'ringing'; callId: string; remote: string; remoteName: string | null }
  | { kind: 'dialing'; callId: string; remote: string }
  | {
      kind: 'inCall';
      callId: string;
      remote: string;
      remoteName: string | null;
      direction: CallDirection;
      since: number;
      held: boolean;
      muted: boolean;
      consult: Consult | null;
      /** How the latest consultation ended when the target, not the agent, ended it. */
      consultResult: EndReason | null;
    }
  | { kind: 'ended'; callId: string; remote: string; reason: EndReason };

/** A call that arrived while the agent was busy and was turned away with 486 Busy Here. */
export interface MissedCall {
  remote: string;
  at: number;
}

export interface SoftphoneState {
  registration: RegistrationState;
  /** The registrar's or transport's reason for `failed`, as JsSIP names it. */
  registrationCause: string | null;
  call: CallState;
  missed: MissedCall[];
}

export type SoftphoneEvent =
  | { type: 'registering' }
  | { type: 'registered' }
  | { type: 'registrationFailed'; cause: string }
  | { type: 'transportLost' }
  | { type: 'unregistered' }
  | { type: 'incoming'; callId: string; remote: string; remoteName: string | null; at: number }
  | { type: 'dialing'; callId: string; remote: string }
  | { type: 'confirmed'; callId: string; at: number }
  | { type: 'held'; callId: string }
  | { type: 'resumed'; callId: string }
  | { type: 'muted'; callId: string }
  | { type: 'unmuted'; callId: string }
  | { type: 'ended'; callId: string; reason: EndReason }
  | { type: 'consultDialing'; callId: string; consultId: string; target: string }
  | { type: 'consultConfirmed'; consultId: string }
  | { type: 'consultEnded'; consultId: string; reason: EndReason }
  | { type: 'transferring'; consultId: string }
  | { type: 'transferFailed'; consultId: string }
  | { type: 'dismissed' };

export const MISSED_KEPT = 5;

export const initialSoftphoneState: SoftphoneState = {
  registration: 'unregistered',
  registrationCause: null,
  call: { kind: 'idle' },
  missed: [],
};

function currentCallId(call: CallState): string | null {
  return call.kind === 'idle' ? null : call.callId;
}

/** Busy means a live call exists; a finished one only waits to be dismissed and does not block. */
export function isBusy(state: SoftphoneState): boolean {
  const kind = state.call.kind;
  return kind === 'ringing' || kind === 'dialing' || kind === 'inCall';
}

/** Whether the call the service just created is the one the machine took, or one to turn away. */
export function ownsCall(state: SoftphoneState, callId: string): boolean {
  return currentCallId(state.call) === callId && state.call.kind !== 'ended';
}

function registrationStep(state: SoftphoneState, event: SoftphoneEvent): SoftphoneState | null {
  switch (event.type) {
    case 'registering':
      // A re-register after a reconnect keeps saying "reconnecting" until it succeeds.
      return state.registration === 'reconnecting'
        ? state
        : { ...state, registration: 'registering', registrationCause: null };
    case 'registered':
      return { ...state, registration: 'registered', registrationCause: null };
    case 'registrationFailed':
      return { ...state, registration: 'failed', registrationCause: event.cause };
    case 'transportLost':
      return state.registration === 'unregistered' ? state : { ...state, registration: 'reconnecting' };
    case 'unregistered':
      return { ...state, registration: 'unregistered', registrationCause: null };
    default:
      return null;
  }
}

function incoming(
  state: SoftphoneState,
  event: Extract<SoftphoneEvent, { type: 'incoming' }>,
): SoftphoneState {
  if (isBusy(state)) {
    const missed = [{ remote: event.remote, at: event.at }, ...state.missed].slice(0, MISSED_KEPT);
    return { ...state, missed };
  }
  const { callId, remote, remoteName } = event;
  return { ...state, call: { kind: 'ringing', callId, remote, remoteName } };
}

const FRESH_CALL = { held: false, muted: false, consult: null, consultResult: null } as const;

function confirmed(call: CallState, at: number): CallState {
  if (call.kind === 'ringing') {
    return { ...call, ...FRESH_CALL, kind: 'inCall', direction: 'incoming', since: at };
  }
  if (call.kind === 'dialing') {
    return {
      ...call,
      kind: 'inCall',
      remoteName: null,
      ...FRESH_CALL,
      direction: 'outgoing',
      since: at,
    };
  }
  return call;
}

function inCallFlag(call: CallState, flag: 'held' | 'muted', value: boolean): CallState {
  return call.kind === 'inCall' ? { ...call, [flag]: value } : call;
}

function callStep(call: CallState, event: SoftphoneEvent): CallState {
  switch (event.type) {
    case 'confirmed':
      return confirmed(call, event.at);
    case 'held':
      return inCallFlag(call, 'held', true);
    case 'resumed':
      return inCallFlag(call, 'held', false);
    case 'muted':
      return inCallFlag(call, 'muted', true);
    case 'unmuted':
      return inCallFlag(call, 'muted', false);
    case 'ended':
      return call.kind === 'idle' || call.kind === 'ended'
        ? call
        : { kind: 'ended', callId: call.callId, remote: call.remote, reason: event.reason };
    default:
      return call;
  }
}

/** Whether the agent ended the consultation themselves, which needs no explanation on screen. */
const LOCAL_END: readonly EndReason[] = ['hangup', 'canceled', 'transferred'];

function consultStep(state: SoftphoneState, event: SoftphoneEvent): SoftphoneState | null {
  const call = state.call;
  if (event.type === 'consultDialing') {
    if (call.kind !== 'inCall' || call.callId !== event.callId || call.consult) return state;
    const consult: Consult = { callId: event.consultId, target: event.target, stage: 'dialing' };
    return { ...state, call: { ...call, consult, consultResult: null } };
  }
  if (!('consultId' in event)) return null;
  if (call.kind !== 'inCall' || call.consult?.callId !== event.consultId) return state;
  const consult = call.consult;
  switch (event.type) {
    case 'consultConfirmed':
      return consult.stage === 'dialing'
        ? { ...state, call: { ...call, consult: { ...consult, stage: 'talking' } } }
        : state;
    case 'transferring':
      return consult.stage === 'talking'
        ? { ...state, call: { ...call, consult: { ...consult, stage: 'completing' } } }
        : state;
    case 'transferFailed':
      return consult.stage === 'completing'
        ? { ...state, call: { ...call, consult: { ...consult, stage: 'talking' } } }
        : state;
    case 'consultEnded': {
      // Once the REFER is out, the target hanging up our leg is the transfer working, not a failure.
      const quiet = LOCAL_END.includes(event.reason) || consult.stage === 'completing';
      return {
        ...state,
        call: { ...call, consult: null, consultResult: quiet ? null : event.reason },
      };
    }
    default:
      return state;
  }
}

/**
 * The next state. Registration and transport events never touch the call: media flows peer to
 * peer, so a WebSocket reconnect or re-REGISTER in the middle of a conversation must not end it.
 */
export function softphoneReducer(state: SoftphoneState, event: SoftphoneEvent): SoftphoneState {
  const registration = registrationStep(state, event);
  if (registration) return registration;
  const consult = consultStep(state, event);
  if (consult) return consult;
  switch (event.type) {
    case 'incoming':
      return incoming(state, event);
    case 'dialing':
      return isBusy(state)
        ? state
        : { ...state, call: { kind: 'dialing', callId: event.callId, remote: event.remote } };
    case 'dismissed':
      return state.call.kind === 'ended' ? { ...state, call: { kind: 'idle' } } : state;
    default:
      // Events about a call other than the current one (a turned-away second caller) change nothing.
      return 'callId' in event && event.callId !== currentCallId(state.call)
        ? state
        : { ...state, call: callStep(state.call, event) };
  }
}
