import { Injectable, computed, signal } from '@angular/core';

import {
  AudioDevice,
  DEFAULT_DEVICE,
  audioConstraints,
  devicesOfKind,
  effectiveDevice,
} from './audio-devices';

const INPUT_KEY = 'sb.softphone.input';
const OUTPUT_KEY = 'sb.softphone.output';

function read(key: string): string {
  try {
    return localStorage.getItem(key) ?? DEFAULT_DEVICE;
  } catch {
    return DEFAULT_DEVICE;
  }
}

function write(key: string, value: string): void {
  try {
    if (value === DEFAULT_DEVICE) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage may be off (private mode); the choice then lasts until the tab closes.
  }
}

/**
 * The agent's microphone and speaker, remembered per browser. A remembered device that is unplugged
 * silently falls back to the default and comes back when it is plugged in again.
 */
@Injectable({ providedIn: 'root' })
export class AudioDevices {
  private readonly storedInput = signal(read(INPUT_KEY));
  private readonly storedOutput = signal(read(OUTPUT_KEY));

  readonly inputs = signal<AudioDevice[]>([]);
  readonly outputs = signal<AudioDevice[]>([]);
  readonly inputId = computed(() => effectiveDevice(this.storedInput(), this.inputs()));
  readonly outputId = computed(() => effectiveDevice(this.storedOutput(), this.outputs()));
  /** Firefox and Safari cannot route audio to a chosen output; the select is hidden there. */
  readonly outputSelectable =
    typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

  constructor() {
    navigator.mediaDevices?.addEventListener?.('devicechange', () => void this.refresh());
    void this.refresh();
  }

  /** Re-reads the device list; names appear only once the page has microphone permission. */
  async refresh(): Promise<void> {
    if (!navigator.mediaDevices?.enumerateDevices) return;
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
    this.inputs.set(devicesOfKind(devices, 'audioinput'));
    this.outputs.set(devicesOfKind(devices, 'audiooutput'));
  }

  selectInput(id: string): void {
    this.storedInput.set(id);
    write(INPUT_KEY, id);
  }

  selectOutput(id: string): void {
    this.storedOutput.set(id);
    write(OUTPUT_KEY, id);
  }

  /** Media constraints for the next call, with the chosen microphone. */
  constraints(): MediaStreamConstraints {
    return audioConstraints(this.inputId());
  }
}
