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
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';

import { AudioDevices } from '../../../core/sip/audio-devices.service';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ticking } from '../../../core/calls/clock';
import { popForCall } from '../../../core/calls/pop-for-call';
import { DemoPhoneService } from '../../../core/sip/demo-phone.service';
import { SipService } from '../../../core/sip/sip.service';
import { isTyping, shortcutCommand, shortcutFor } from '../../../core/sip/softphone-shortcuts';
import { routeTo } from '../../../core/sip/speaker-test';
import { formatCallDuration } from './call-duration';
import { SoftphoneCheck } from './softphone-check';
import { SoftphoneConsult } from './softphone-consult';
import { SoftphoneKeypad } from './softphone-keypad';
import { SoftphoneShortcutsHelp } from './softphone-shortcuts-help';

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
    SoftphoneConsult,
    SoftphoneKeypad,
  ],
  host: { '(document:keydown)': 'onKey($event)' },
  templateUrl: './softphone-panel.html',
  styleUrl: './softphone-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SoftphonePanel {
  protected readonly sip = inject(SipService);
  /** Takes the place of the SIP phone when the server runs the simulated PBX. */
  protected readonly demo = inject(DemoPhoneService);
  private readonly calls = inject(CallEventsStore);
  private readonly devices = inject(AudioDevices);
  private readonly dialog = inject(MatDialog);
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
  /** The caller's name from the screen-pop of this call, when the PBX found them. */
  protected readonly clientName = computed(() => {
    const call = this.call();
    return call.kind === 'ringing'
      ? (popForCall(call.remote, this.calls.pops())?.pop.client?.name ?? null)
      : null;
  });
  private readonly now = ticking();
  protected readonly demoCaller = computed(() => {
    const line = this.demo.line();
    if (line.kind === 'idle') return '';
    const { client, callerNumber } = line.entry.pop;
    return client ? `${client.name} (${callerNumber})` : callerNumber;
  });
  protected readonly demoTimer = computed(() => {
    const line = this.demo.line();
    const answeredAt = line.kind === 'talking' ? line.entry.answeredAt : null;
    return answeredAt ? formatCallDuration((this.now() - Date.parse(answeredAt)) / 1000) : '';
  });
  protected readonly number = signal('');
  protected readonly transferTarget = signal('');
  protected readonly drawer = signal<Drawer>(null);

  constructor() {
    // Angular has no binding for srcObject, so the stream is handed to the element directly.
    effect(() => {
      this.remoteAudio().nativeElement.srcObject = this.sip.remoteStream();
    });
    effect(() => {
      const element = this.remoteAudio().nativeElement;
      const outputId = this.devices.outputId();
      // A speaker that refuses (unplugged between list and use) leaves the voice on the default one.
      if (this.devices.outputSelectable)
        void routeTo(element, outputId).then((ok) => ok || routeTo(element, ''));
    });
    effect(() => {
      const call = this.call();
      if ((call.kind !== 'inCall' || call.consult) && this.drawer() === 'transfer') this.drawer.set(null);
    });
  }

  protected onKey(event: KeyboardEvent): void {
    const action = shortcutFor(event, isTyping(event.target));
    if (action === null) return;
    if (action === 'help') {
      // Call keys keep working over any dialog; the list only opens when none is in the way.
      if (this.dialog.openDialogs.length > 0) return;
      event.preventDefault();
      this.openShortcuts();
      return;
    }
    const command = shortcutCommand(action, this.call());
    if (command === null) return;
    event.preventDefault();
    this.sip[command]();
  }

  protected openCheck(): void {
    this.dialog.open(SoftphoneCheck, { width: '640px', autoFocus: 'dialog' });
  }

  protected openShortcuts(): void {
    this.dialog.open(SoftphoneShortcutsHelp, { width: '420px' });
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

  protected consult(): void {
    this.sip.startConsult(this.transferTarget());
    this.transferTarget.set('');
  }
}
