import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { SoftphoneSettings } from '@switchboard/contracts';
import { UA, WebSocketInterface } from 'jssip';
import type { EndEvent, HoldEvent, RTCSession } from 'jssip/lib/RTCSession';
import type { CallOptions, RTCSessionEvent } from 'jssip/lib/UA';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../auth/session.store';
import { AudioDevices } from './audio-devices.service';
import { CallMedia } from './call-media';
import { dialable } from './dialable';
import { endReason } from './end-reason';
import { SipTransfers } from './sip-transfers';
import { RingTone } from './ring-tone';
import { SoftphoneApiService, settingsRefusal } from './softphone-api.service';
import {
  EndReason,
  SoftphoneEvent,
  initialSoftphoneState,
  ownsCall,
  softphoneReducer,
} from './softphone.machine';

/** Whether there is a softphone to show, and if not, why. */
export type SoftphoneAvailability =
  'off' | 'loading' | 'insecure' | 'notConfigured' | 'noExtension' | 'unavailable' | 'ready';

const ENDED_SHOWN_MS = 3000;
const DTMF_TONE = /^[0-9*#A-D]$/;

/** The signalling WebSocket, shown in the self-check apart from the registration on top of it. */
export type TransportState = 'disconnected' | 'connecting' | 'connected';

/**
 * The browser softphone: with its `SipTransfers` helper, the only place that touches JsSIP. It registers the signed-in agent's
 * extension, feeds everything JsSIP reports into the pure state machine and exposes signals only.
 */
@Injectable({ providedIn: 'root' })
export class SipService {
  private readonly session = inject(SessionStore);
  private readonly api = inject(SoftphoneApiService);
  private readonly ring = inject(RingTone);
  private readonly devices = inject(AudioDevices);
  private readonly media = new CallMedia();

  private readonly machine = signal(initialSoftphoneState);
  private readonly now = signal(Date.now());
  private ua: UA | null = null;
  private current: RTCSession | null = null;
  private pcConfig: RTCConfiguration = {};
  /** Bumped on every start and stop, so a settings answer that arrives late is dropped. */
  private generation = 0;
  private dismissTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly transfers = new SipTransfers({
    state: () => this.machine(),
    ua: () => this.ua,
    customer: () => this.current,
    callOptions: () => this.callOptions(),
    media: this.media,
    dispatch: (event) => this.dispatch(event),
    fail: (key) => this.errorKey.set(key),
    transferred: (customer) => {
      this.finish(customer.id, 'transferred');
      if (!customer.isEnded()) customer.terminate();
    },
  });

  readonly state = this.machine.asReadonly();
  readonly availability = signal<SoftphoneAvailability>('off');
  /** Set when the server has no SIP and runs the built-in PBX simulator instead. */
  readonly simulatedPbx = signal(false);
  readonly transport = signal<TransportState>('disconnected');
  readonly lastIceState = this.media.iceState;
  readonly remoteStream = this.media.remoteStream;
  /** Translation key of the latest problem worth telling the agent about. */
  readonly errorKey = signal<string | null>(null);
  /** False when the browser kept the ring silent (no click on the page yet). */
  readonly ringAudible = signal(true);
  readonly callSeconds = computed(() => {
    const call = this.machine().call;
    return call.kind === 'inCall' ? Math.max(0, Math.floor((this.now() - call.since) / 1000)) : 0;
  });

  /** The account the softphone should register, or null when nobody with an extension is signed in. */
  private readonly identity = computed(() => {
    const user = this.session.isAuthenticated() ? this.session.user() : null;
    return user?.extension ? `${user.id}:${user.extension}` : null;
  });

  constructor() {
    effect(() => {
      const identity = this.identity();
      untracked(() => (identity === null ? this.unregister() : void this.start()));
    });
    effect((onCleanup) => {
      if (this.machine().call.kind !== 'inCall') return;
      const timer = setInterval(() => this.now.set(Date.now()), 1000);
      this.now.set(Date.now());
      onCleanup(() => clearInterval(timer));
    });
    // Closing the tab should free the registration rather than leave calls ringing into nowhere.
    window.addEventListener('pagehide', () => this.stopAgent());
  }

  register(settings: SoftphoneSettings): void {
    this.stopAgent();
    this.errorKey.set(null);
    this.pcConfig = { iceServers: settings.iceServers };
    const ua = new UA({
      sockets: [new WebSocketInterface(settings.webSocketUrl)],
      uri: settings.sipUri,
      authorization_user: settings.authorizationUser,
      password: settings.password,
      display_name: settings.displayName,
      register: true,
      session_timers: false,
      user_agent: 'Switchboard softphone',
    });
    const mine = (event: SoftphoneEvent) => () => {
      if (this.ua === ua) this.dispatch(event);
    };
    const transport = (state: TransportState) => () => {
      if (this.ua === ua) this.transport.set(state);
    };
    ua.on('connecting', mine({ type: 'registering' }));
    ua.on('connecting', transport('connecting'));
    ua.on('connected', transport('connected'));
    ua.on('disconnected', mine({ type: 'transportLost' }));
    ua.on('disconnected', transport('disconnected'));
    ua.on('registered', mine({ type: 'registered' }));
    ua.on('unregistered', mine({ type: 'unregistered' }));
    ua.on('registrationFailed', (event) => {
      if (this.ua === ua) this.dispatch({ type: 'registrationFailed', cause: String(event.cause ?? '') });
    });
    ua.on('newRTCSession', (event: RTCSessionEvent) => {
      if (this.ua === ua) this.adopt(event.session);
    });
    this.ua = ua;
    this.availability.set('ready');
    ua.start();
  }

  unregister(): void {
    this.generation++;
    this.stopAgent();
    this.availability.set('off');
  }

  call(number: string): void {
    const target = dialable(number);
    if (target === null) {
      this.errorKey.set('softphone.errors.badNumber');
      return;
    }
    if (!this.ua || this.machine().registration !== 'registered') {
      this.errorKey.set('softphone.errors.notRegistered');
      return;
    }
    this.errorKey.set(null);
    this.ua.call(target, this.callOptions());
  }

  answer(): void {
    if (this.machine().call.kind !== 'ringing') return;
    this.ring.stop();
    this.current?.answer(this.callOptions());
  }

  /** 486 rather than 603, so a queue may offer the call to the next agent. */
  reject(): void {
    if (this.machine().call.kind === 'ringing') this.current?.terminate({ status_code: 486 });
  }

  hangup(): void {
    this.current?.terminate();
  }

  hold(): void {
    this.current?.hold();
  }

  resume(): void {
    this.current?.unhold();
  }

  mute(): void {
    this.current?.mute({ audio: true });
  }

  unmute(): void {
    this.current?.unmute({ audio: true });
  }

  sendDtmf(tone: string): void {
    if (DTMF_TONE.test(tone) && this.machine().call.kind === 'inCall') this.current?.sendDTMF(tone);
  }

  blindTransfer(target: string): void {
    this.transfers.blind(target);
  }

  startConsult(target: string): void {
    this.transfers.startConsult(target);
  }

  cancelConsult(): void {
    this.transfers.cancelConsult();
  }

  completeTransfer(): void {
    this.transfers.complete();
  }

  dismissError(): void {
    this.errorKey.set(null);
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    this.stopAgent();
    if (!window.isSecureContext) {
      this.availability.set('insecure');
      return;
    }
    this.availability.set('loading');
    try {
      const settings = await firstValueFrom(this.api.settings());
      if (generation !== this.generation) return;
      if (settings.configured) this.register(settings);
      else {
        this.simulatedPbx.set(settings.simulatedPbx);
        this.availability.set('notConfigured');
      }
    } catch (error) {
      if (generation === this.generation) this.availability.set(settingsRefusal(error) ?? 'unavailable');
    }
  }

  private callOptions(): CallOptions {
    return { mediaConstraints: this.devices.constraints(), pcConfig: this.pcConfig };
  }

  private adopt(session: RTCSession): void {
    const callId = session.id;
    const incoming = String(session.direction) === 'incoming';
    if (!incoming && this.transfers.adopt(session)) return;
    const remote = session.remote_identity.uri.user || session.remote_identity.uri.toString();
    this.dispatch(
      incoming
        ? {
            type: 'incoming',
            callId,
            remote,
            remoteName: session.remote_identity.display_name || null,
            at: Date.now(),
          }
        : { type: 'dialing', callId, remote },
    );
    if (!ownsCall(this.machine(), callId)) {
      session.terminate({ status_code: 486 });
      return;
    }
    this.current = session;
    this.media.reset();
    this.watch(session, callId);
    if (incoming)
      void this.ring.start(this.devices.outputId()).then((audible) => this.ringAudible.set(audible));
  }

  private watch(session: RTCSession, callId: string): void {
    if (session.connection) this.media.attach(session.connection);
    session.on('peerconnection', ({ peerconnection }) => this.media.attach(peerconnection));
    session.on('confirmed', () => this.dispatch({ type: 'confirmed', callId, at: Date.now() }));
    const ended = (kind: 'ended' | 'failed') => (event: EndEvent) =>
      this.finish(callId, endReason(kind, String(event.originator), event.cause));
    session.on('ended', ended('ended'));
    session.on('failed', ended('failed'));
    const local = (event: HoldEvent) => String(event.originator) === 'local';
    session.on('hold', (event) => {
      if (local(event)) this.dispatch({ type: 'held', callId });
    });
    session.on('unhold', (event) => {
      if (local(event)) this.dispatch({ type: 'resumed', callId });
    });
    session.on('muted', () => this.dispatch({ type: 'muted', callId }));
    session.on('unmuted', () => this.dispatch({ type: 'unmuted', callId }));
    session.on('getusermediafailed', () => this.errorKey.set('softphone.errors.microphone'));
  }

  private finish(callId: string, reason: EndReason): void {
    if (this.current?.id !== callId) return;
    this.ring.stop();
    this.current = null;
    this.transfers.drop();
    this.media.detach();
    this.dispatch({ type: 'ended', callId, reason });
    if (this.dismissTimer !== null) clearTimeout(this.dismissTimer);
    this.dismissTimer = setTimeout(() => this.dispatch({ type: 'dismissed' }), ENDED_SHOWN_MS);
  }

  /** Drops the call and the registration; events from the old agent are ignored from here on. */
  private stopAgent(): void {
    const ua = this.ua;
    this.ua = null;
    this.ring.stop();
    if (this.current && !this.current.isEnded()) this.current.terminate();
    this.current = null;
    this.transfers.drop();
    this.media.detach();
    ua?.stop();
    this.transport.set('disconnected');
    this.machine.set(initialSoftphoneState);
  }

  private dispatch(event: SoftphoneEvent): void {
    this.machine.update((state) => softphoneReducer(state, event));
  }
}
