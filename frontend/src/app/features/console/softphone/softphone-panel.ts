import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';

import { SipService } from '../../../core/sip/sip.service';
import { formatCallDuration } from './call-duration';
import { SoftphoneKeypad } from './softphone-keypad';

type Drawer = 'keypad' | 'transfer' | null;

/** The agent's softphone, always on screen under the toolbar: status, the current call and its controls. */
@Component({
  selector: 'sb-softphone-panel',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    TranslocoPipe,
    SoftphoneKeypad,
  ],
  templateUrl: './softphone-panel.html',
  styleUrl: './softphone-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SoftphonePanel {
  protected readonly sip = inject(SipService);
  private readonly remoteAudio = viewChild.required<ElementRef<HTMLAudioElement>>('remoteAudio');

  protected readonly call = computed(() => this.sip.state().call);
  protected readonly registration = computed(() => this.sip.state().registration);
  protected readonly registrationCause = computed(() => this.sip.state().registrationCause);
  protected readonly missedNumbers = computed(() =>
    this.sip
      .state()
      .missed.map((missed) => missed.remote)
      .join(', '),
  );
  protected readonly timer = computed(() => formatCallDuration(this.sip.callSeconds()));
  protected readonly number = signal('');
  protected readonly transferTarget = signal('');
  protected readonly drawer = signal<Drawer>(null);

  constructor() {
    // Angular has no binding for srcObject, so the stream is handed to the element directly.
    effect(() => {
      this.remoteAudio().nativeElement.srcObject = this.sip.remoteStream();
    });
    effect(() => {
      if (this.call().kind !== 'inCall' && this.drawer() === 'transfer') this.drawer.set(null);
    });
  }

  protected toggle(drawer: Exclude<Drawer, null>): void {
    this.drawer.update((open) => (open === drawer ? null : drawer));
  }

  protected dial(): void {
    this.sip.call(this.number());
  }

  protected keyPressed(key: string): void {
    if (this.call().kind === 'inCall') {
      this.sip.sendDtmf(key);
    } else {
      this.number.update((number) => number + key);
    }
  }

  protected transfer(): void {
    this.sip.blindTransfer(this.transferTarget());
    this.transferTarget.set('');
  }
}
