import { signal } from '@angular/core';

/** Follows the peer connection being listened to: its ICE state, and the remote audio once a track arrives. */
export class CallMedia {
  private connection: RTCPeerConnection | null = null;
  private readonly iceStateSignal = signal<RTCIceConnectionState | null>(null);
  private readonly remoteStreamSignal = signal<MediaStream | null>(null);

  /** Kept after the call ends, so the last value can still be read (and asserted on). */
  readonly iceState = this.iceStateSignal.asReadonly();
  readonly remoteStream = this.remoteStreamSignal.asReadonly();

  attach(connection: RTCPeerConnection): void {
    if (this.connection === connection) return;
    this.connection = connection;
    const update = () => {
      if (this.connection === connection) this.iceStateSignal.set(connection.iceConnectionState);
    };
    connection.addEventListener('iceconnectionstatechange', update);
    connection.addEventListener('track', (event: RTCTrackEvent) => {
      if (this.connection !== connection) return;
      this.remoteStreamSignal.set(event.streams[0] ?? new MediaStream([event.track]));
    });
    update();
    // Switching back to a call that is already up (after a consultation): its tracks arrived long ago.
    const tracks = connection.getReceivers().map((receiver) => receiver.track);
    if (tracks.length > 0) this.remoteStreamSignal.set(new MediaStream(tracks));
  }

  /** A new call starts with no ICE state of its own yet. */
  reset(): void {
    this.detach();
    this.iceStateSignal.set(null);
  }

  detach(): void {
    this.connection = null;
    this.remoteStreamSignal.set(null);
  }
}
