import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

import { AudioDevices } from '../../../core/sip/audio-devices.service';
import { InputLevelMeter, MicrophoneFailure } from '../../../core/sip/input-level';
import { MicrophonePermission, microphonePermission, selfCheckProblems } from '../../../core/sip/self-check';
import { SipService } from '../../../core/sip/sip.service';
import { playTestTone } from '../../../core/sip/speaker-test';

type SpeakerTest = 'idle' | 'playing' | 'played' | 'failed';

/**
 * The agent's own audio check: permission, a live microphone level, a speaker tone, the devices to
 * use, and the softphone's connection. The microphone is held only while this dialog is open.
 */
@Component({
  selector: 'sb-softphone-check',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './softphone-check.html',
  styleUrl: './softphone-check.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SoftphoneCheck {
  protected readonly sip = inject(SipService);
  protected readonly devices = inject(AudioDevices);
  private readonly meter = new InputLevelMeter();

  protected readonly secure = window.isSecureContext;
  protected readonly permission = signal<MicrophonePermission>('unknown');
  protected readonly microphone = signal<'checking' | 'ok' | MicrophoneFailure>('checking');
  protected readonly level = this.meter.level;
  protected readonly levelPercent = computed(() => Math.round(this.level() * 100));
  protected readonly speaker = signal<SpeakerTest>('idle');
  protected readonly problems = computed(() =>
    selfCheckProblems({
      secure: this.secure,
      permission: this.permission(),
      microphone: this.microphone(),
      availability: this.sip.availability(),
      transport: this.sip.transport(),
      registration: this.sip.state().registration,
      lastIce: this.sip.lastIceState(),
    }),
  );

  constructor() {
    let stopWatching = () => undefined as void;
    let closed = false;
    inject(DestroyRef).onDestroy(() => {
      closed = true;
      this.meter.stop();
      stopWatching();
    });
    void microphonePermission((state) => this.permission.set(state)).then(({ state, stop }) => {
      if (closed) return stop();
      this.permission.set(state);
      stopWatching = stop;
    });
    void this.startMeter();
  }

  protected selectInput(id: string): void {
    this.devices.selectInput(id);
    void this.startMeter();
  }

  protected async testSpeaker(): Promise<void> {
    this.speaker.set('playing');
    this.speaker.set((await playTestTone(this.devices.outputId())) ? 'played' : 'failed');
  }

  private async startMeter(): Promise<void> {
    if (!this.secure) {
      this.microphone.set('failed');
      return;
    }
    this.microphone.set('checking');
    const failure = await this.meter.start(this.devices.inputId());
    this.microphone.set(failure ?? 'ok');
    // Device names are only listed once the page may use the microphone.
    if (!failure) await this.devices.refresh();
  }
}
