import { UA, WebSocketInterface } from 'jssip';
import type { IncomingDTMFEvent, OutgoingDTMFEvent, RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';

/** What the test reads back from a phone's page. */
export interface PhoneReport {
  registered: boolean;
  /** Session events in order: incoming, progress, confirmed, hold, unhold, referred, ended, failed. */
  events: string[];
  /** Who the latest call was with. */
  remote: string | null;
  dtmf: string[];
  iceState: string | null;
  inboundAudioBytes: number;
}

/** The other parties of the softphone flow: a bare JsSIP user agent per page. */
export interface TestPhone {
  register: (webSocketUrl: string, uri: string, options: { autoAnswer: boolean }) => Promise<void>;
  call: (target: string) => void;
  /** Forgets what was recorded, so the next call's events stand alone. */
  reset: () => void;
  report: () => Promise<PhoneReport>;
}

declare global {
  interface Window {
    testPhone: TestPhone;
  }
}

const AUDIO = { mediaConstraints: { audio: true, video: false } };
let ua: UA | null = null;
let session: RTCSession | null = null;
const events: string[] = [];
const dtmf: string[] = [];

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
  for (const name of ['progress', 'confirmed', 'hold', 'unhold', 'ended', 'failed'] as const) {
    current.on(name, () => events.push(name));
  }
  current.on('newDTMF', (event: IncomingDTMFEvent | OutgoingDTMFEvent) => {
    if (String(event.originator) === 'remote') dtmf.push(event.dtmf.tone);
  });
  // A blind transfer: the agent asks us to call the target ourselves; JsSIP reports progress back.
  current.on('refer', (event) => {
    events.push('referred');
    event.accept((next: RTCSession) => follow(next), AUDIO);
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
        if (autoAnswer) incoming.answer(AUDIO);
      });
      ua.start();
    }),
  call: (target) => {
    const outgoing = ua?.call(target, AUDIO);
    if (outgoing) follow(outgoing);
  },
  reset: () => {
    events.length = 0;
    dtmf.length = 0;
  },
  report: async () => ({
    registered: ua?.isRegistered() ?? false,
    events: [...events],
    remote: session?.remote_identity.uri.user ?? null,
    dtmf: [...dtmf],
    iceState: session?.connection?.iceConnectionState ?? null,
    inboundAudioBytes: await inboundAudioBytes(),
  }),
};
