import { UA, WebSocketInterface } from 'jssip';
import type { EndEvent, IncomingDTMFEvent, OutgoingDTMFEvent, RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';

/** What the test reads back from a phone's page. */
export interface PhoneReport {
  registered: boolean;
  /** Session events in order: incoming, progress, confirmed, hold, unhold, referred, referReplaces
   * (the REFER asked to replace another dialog: an attended transfer), replaced, ended, failed. */
  events: string[];
  /** Who the latest call was with. */
  remote: string | null;
  dtmf: string[];
  /** JsSIP's cause for the latest call that ended or failed. */
  cause: string | null;
  iceState: string | null;
  inboundAudioBytes: number;
}

/** The other parties of the softphone flow: a bare JsSIP user agent per page. */
export interface TestPhone {
  register: (webSocketUrl: string, uri: string, options: { autoAnswer: boolean }) => Promise<void>;
  call: (target: string) => void;
  /** Ends the latest call, if it is still up. */
  hangup: () => void;
  /** Forgets what was recorded, so the next call's events stand alone. */
  reset: () => void;
  report: () => Promise<PhoneReport>;
}

declare global {
  interface Window {
    testPhone: TestPhone;
  }
}

/** A fresh object each time: JsSIP writes into the options it is given (a REFER's accept pushes its
 * Replaces header into them), which would leak into every later call. */
const audio = () => ({ mediaConstraints: { audio: true, video: false } });
let ua: UA | null = null;
let session: RTCSession | null = null;
const events: string[] = [];
const dtmf: string[] = [];
let cause: string | null = null;

async function inboundAudioBytes(): Promise<number> {
  const stats = await session?.connection?.getStats();
  let bytes = 0;
  stats?.forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
    if (report.type === 'inbound-rtp' && report.kind === 'audio') bytes += report.bytesReceived ?? 0;
  });
  return bytes;
}

function follow(current: RTCSession): void {
  session = current;
  for (const name of ['progress', 'confirmed', 'hold', 'unhold'] as const) {
    current.on(name, () => events.push(name));
  }
  for (const name of ['ended', 'failed'] as const) {
    current.on(name, (event: EndEvent) => {
      events.push(name);
      cause = `${String(event.cause)} ${(event.message as { status_code?: number } | null)?.status_code ?? ''}`;
    });
  }
  current.on('newDTMF', (event: IncomingDTMFEvent | OutgoingDTMFEvent) => {
    if (String(event.originator) === 'remote') dtmf.push(event.dtmf.tone);
  });
  // A transfer: the agent asks us to call the target ourselves; JsSIP reports progress back. In an
  // attended one the Refer-To carries Replaces, which JsSIP copies onto our INVITE to the target.
  current.on('refer', (event) => {
    events.push('referred');
    if (/[?&]Replaces=/i.test(event.request.getHeader('Refer-To'))) events.push('referReplaces');
    event.accept((next: RTCSession) => follow(next), audio());
  });
  // As the target of an attended transfer: the caller's INVITE takes over our call with the agent.
  current.on('replaces', (event) => {
    events.push('replaced');
    event.accept();
  });
}

window.testPhone = {
  register: (webSocketUrl, uri, { autoAnswer }) =>
    new Promise<void>((resolve, reject) => {
      ua = new UA({
        sockets: [new WebSocketInterface(webSocketUrl)],
        uri,
        password: 'unused',
        register: true,
      });
      ua.on('registered', () => resolve());
      ua.on('registrationFailed', (event) => reject(new Error(`registration failed: ${event.cause}`)));
      ua.on('newRTCSession', ({ session: incoming }: RTCSessionEvent) => {
        if (String(incoming.direction) !== 'incoming') return;
        events.push('incoming');
        follow(incoming);
        if (autoAnswer) incoming.answer(audio());
      });
      ua.start();
    }),
  call: (target) => {
    const outgoing = ua?.call(target, audio());
    if (outgoing) follow(outgoing);
  },
  hangup: () => {
    if (session && !session.isEnded()) session.terminate();
  },
  reset: () => {
    events.length = 0;
    dtmf.length = 0;
    cause = null;
  },
  report: async () => ({
    registered: ua?.isRegistered() ?? false,
    events: [...events],
    remote: session?.remote_identity.uri.user ?? null,
    dtmf: [...dtmf],
    cause,
    iceState: session?.connection?.iceConnectionState ?? null,
    inboundAudioBytes: await inboundAudioBytes(),
  }),
};
