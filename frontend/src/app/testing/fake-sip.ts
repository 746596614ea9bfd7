import { computed, signal } from '@angular/core';

import { SoftphoneAvailability } from '../core/sip/sip.service';
import { SoftphoneState, initialSoftphoneState } from '../core/sip/softphone.machine';

/** The parts of the service the panel reads, driven by hand; calls are recorded. */
export function fakeSip() {
  const state = signal<SoftphoneState>({ ...initialSoftphoneState, registration: 'registered' });
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push([name, ...args].join(':'));
  return {
    calls,
    state,
    availability: signal<SoftphoneAvailability>('ready'),
    simulatedPbx: signal(false),
    transport: signal('connected'),
    lastIceState: signal<RTCIceConnectionState | null>(null),
    remoteStream: signal<MediaStream | null>(null),
    errorKey: signal<string | null>(null),
    ringAudible: signal(true),
    callSeconds: computed(() => 65),
    answer: record('answer'),
    reject: record('reject'),
    hangup: record('hangup'),
    hold: record('hold'),
    resume: record('resume'),
    mute: record('mute'),
    unmute: record('unmute'),
    sendDtmf: record('dtmf'),
    call: record('call'),
    blindTransfer: record('transfer'),
    startConsult: record('consult'),
    cancelConsult: record('cancelConsult'),
    completeTransfer: record('complete'),
    dismissError: record('dismissError'),
  };
}
