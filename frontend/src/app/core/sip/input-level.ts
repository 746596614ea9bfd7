import { signal } from '@angular/core';

import { audioConstraints } from './audio-devices';

/** Why the microphone could not be opened, as the self-check explains it. */
export type MicrophoneFailure = 'denied' | 'noDevice' | 'failed';

export function microphoneFailure(error: unknown): MicrophoneFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noDevice';
  return 'failed';
}

/** Loudness of one block of samples, 0 (silence) to 1, scaled so normal speech fills most of the bar. */
export function levelOf(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.min(1, Math.sqrt(sum / samples.length) * 4);
}

const SAMPLE_EVERY_MS = 100;

/** A live microphone level from a WebAudio AnalyserNode; `stop` releases the microphone. */
export class InputLevelMeter {
  private stream: MediaStream | null = null;
  private context: AudioContext | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private generation = 0;

  readonly level = signal(0);

  /** Resolves to null when the meter runs, or to why it could not. */
  async start(inputId: string): Promise<MicrophoneFailure | null> {
    this.stop();
    const generation = this.generation;
    if (!navigator.mediaDevices?.getUserMedia) return 'failed';
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia(audioConstraints(inputId));
    } catch (error) {
      return microphoneFailure(error);
    }
    if (generation !== this.generation) {
      stream.getTracks().forEach((track) => track.stop());
      return null;
    }
    this.stream = stream;
    this.context = new AudioContext();
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 1024;
    this.context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      this.level.set(levelOf(samples));
    }, SAMPLE_EVERY_MS);
    return null;
  }

  stop(): void {
    this.generation++;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    void this.context?.close().catch(() => undefined);
    this.context = null;
    this.level.set(0);
  }
}
