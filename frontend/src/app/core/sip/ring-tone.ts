import { Injectable } from '@angular/core';

const RING_ON_SECONDS = 1;
const RING_PERIOD_MS = 3000;
const TONES_HZ = [440, 480];
const RESUME_WAIT_MS = 300;

/**
 * The incoming-call ring, synthesised with WebAudio so there is no asset to load. Browsers may keep
 * audio suspended until the page gets a click; `start` then says so and the panel shows its banner.
 */
@Injectable({ providedIn: 'root' })
export class RingTone {
  private context: AudioContext | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  /** Resolves to whether the ring can actually be heard; `outputId` is the chosen speaker. */
  async start(outputId = ''): Promise<boolean> {
    this.stop();
    if (typeof AudioContext === 'undefined') return false;
    this.context ??= new AudioContext();
    void this.route(this.context, outputId);
    // Without a user gesture `resume()` may never settle, so it only gets a moment.
    const settled = new Promise<void>((resolve) => setTimeout(resolve, RESUME_WAIT_MS));
    await Promise.race([this.context.resume().catch(() => undefined), settled]);
    if (this.context.state !== 'running') return false;
    this.burst();
    this.timer = setInterval(() => this.burst(), RING_PERIOD_MS);
    return true;
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Chrome can send an AudioContext to a chosen output; elsewhere the ring stays on the default. */
  private async route(context: AudioContext, outputId: string): Promise<void> {
    const routable = context as AudioContext & { setSinkId?: (id: string) => Promise<void> };
    await routable.setSinkId?.(outputId).catch(() => undefined);
  }

  private burst(): void {
    const context = this.context;
    if (!context) return;
    const gain = context.createGain();
    gain.gain.value = 0.1;
    gain.connect(context.destination);
    const end = context.currentTime + RING_ON_SECONDS;
    for (const frequency of TONES_HZ) {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start();
      oscillator.stop(end);
    }
  }
}
