import type { UA } from 'jssip';
import type { EndEvent, RTCSession } from 'jssip/lib/RTCSession';
import type { CallOptions } from 'jssip/lib/UA';

import { CallMedia } from './call-media';
import { dialable } from './dialable';
import { endReason } from './end-reason';
import { SoftphoneEvent, SoftphoneState } from './softphone.machine';

/** What the transfers need from the service that owns the user agent and the customer's session. */
export interface TransferHost {
  state: () => SoftphoneState;
  ua: () => UA | null;
  customer: () => RTCSession | null;
  callOptions: () => CallOptions;
  media: CallMedia;
  dispatch: (event: SoftphoneEvent) => void;
  fail: (translationKey: string) => void;
  /** The customer was handed over: end our leg as transferred. */
  transferred: (customer: RTCSession) => void;
}

const TRANSFER_FAILED = 'softphone.errors.transferFailed';

/**
 * Blind and attended transfer, split out of `SipService` (which constructs it and is its only user)
 * to keep that file readable. Part of the JsSIP boundary: nothing here is handed to components.
 */
export class SipTransfers {
  /** The second leg of an attended transfer, to the colleague the customer is handed to. */
  private consultation: RTCSession | null = null;
  /** Set only while `ua.call` runs for a consultation, so `newRTCSession` knows what it got. */
  private consultTarget: string | null = null;

  constructor(private readonly host: TransferHost) {}

  /** Hands the caller to `target` with a REFER; our leg is dropped once the transfer is accepted. */
  blind(target: string): void {
    const customer = this.host.customer();
    const destination = dialable(target);
    if (!customer || this.host.state().call.kind !== 'inCall' || destination === null) {
      this.host.fail('softphone.errors.badNumber');
      return;
    }
    const failed = () => this.host.fail(TRANSFER_FAILED);
    customer.refer(destination, {
      eventHandlers: { accepted: () => this.host.transferred(customer), failed, requestFailed: failed },
    });
  }

  /** Attended transfer, step one: the customer waits on hold while the agent calls `target`. */
  startConsult(target: string): void {
    const call = this.host.state().call;
    const ua = this.host.ua();
    const customer = this.host.customer();
    const destination = dialable(target);
    if (!ua || !customer || call.kind !== 'inCall' || call.consult || destination === null) {
      this.host.fail('softphone.errors.badNumber');
      return;
    }
    if (!call.held) customer.hold();
    this.consultTarget = destination;
    try {
      ua.call(destination, this.host.callOptions());
    } finally {
      this.consultTarget = null;
    }
  }

  /** Drops the colleague and takes the customer off hold again. */
  cancelConsult(): void {
    const consultation = this.consultation;
    if (consultation && !consultation.isEnded()) consultation.terminate();
    this.host.customer()?.unhold();
  }

  /** Step two: the customer is asked (REFER with Replaces) to take over our call with the colleague. */
  complete(): void {
    const customer = this.host.customer();
    const consultation = this.consultation;
    const call = this.host.state().call;
    if (!customer || !consultation || call.kind !== 'inCall' || call.consult?.stage !== 'talking') return;
    const consultId = consultation.id;
    this.host.dispatch({ type: 'transferring', consultId });
    const failed = () => {
      this.host.dispatch({ type: 'transferFailed', consultId });
      this.host.fail(TRANSFER_FAILED);
    };
    customer.refer(consultation.remote_identity.uri.toString(), {
      replaces: consultation,
      eventHandlers: { accepted: () => this.host.transferred(customer), failed, requestFailed: failed },
    });
  }

  /** Takes the outgoing session JsSIP just created when it is the consultation being dialed. */
  adopt(session: RTCSession): boolean {
    const target = this.consultTarget;
    const call = this.host.state().call;
    if (target === null || call.kind !== 'inCall') return false;
    const consultId = session.id;
    this.host.dispatch({ type: 'consultDialing', callId: call.callId, consultId, target });
    this.consultation = session;
    const media = this.host.media;
    // While consulting, the agent hears the colleague; afterwards the customer again.
    if (session.connection) media.attach(session.connection);
    session.on('peerconnection', ({ peerconnection }) => media.attach(peerconnection));
    session.on('confirmed', () => this.host.dispatch({ type: 'consultConfirmed', consultId }));
    const ended = (kind: 'ended' | 'failed') => (event: EndEvent) => {
      if (this.consultation !== session) return;
      this.consultation = null;
      const customer = this.host.customer()?.connection;
      if (customer) media.attach(customer);
      const reason = endReason(kind, String(event.originator), event.cause);
      this.host.dispatch({ type: 'consultEnded', consultId, reason });
    };
    session.on('ended', ended('ended'));
    session.on('failed', ended('failed'));
    return true;
  }

  /** Without the customer there is nobody to transfer, so the colleague's leg goes as well. */
  drop(): void {
    const consultation = this.consultation;
    this.consultation = null;
    if (consultation && !consultation.isEnded()) consultation.terminate();
  }
}
