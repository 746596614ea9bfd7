import { Injectable, computed, inject, signal } from '@angular/core';
import { DemoPhoneAction } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { CallEventsStore } from '../calls/call-events.store';
import { callFailureKey } from '../calls/call-failure';
import { PopEntry } from '../calls/pop-stack';
import { toRequestFailure } from '../http/api-error';
import { DemoPhoneApi } from './demo-phone-api.service';
import { SipService } from './sip.service';

/** The call on the demo phone, as the console's pops tell it. */
export type DemoLine =
  | { kind: 'idle' }
  | { kind: 'ringing'; entry: PopEntry }
  | { kind: 'talking'; entry: PopEntry; held: boolean };

/**
 * The console's phone when the server runs the simulated PBX and has no SIP server: no audio, but Answer,
 * Reject, Hold, Resume and Hang up act on the simulated PBX, and the call changes because the PBX says so
 * (the pop turns answered or ended through the usual socket events).
 */
@Injectable({ providedIn: 'root' })
export class DemoPhoneService {
  private readonly sip = inject(SipService);
  private readonly calls = inject(CallEventsStore);
  private readonly api = inject(DemoPhoneApi);
  /** The PBX reports hold to nobody's console: the call the last accepted Hold put on hold. */
  private readonly heldCallId = signal<string | null>(null);
  private readonly pending = signal(false);
  private readonly failure = signal<string | null>(null);

  readonly active = computed(() => this.sip.simulatedPbx() && this.sip.availability() === 'notConfigured');
  /** An action is on its way to the PBX: buttons wait for it. */
  readonly busy = this.pending.asReadonly();
  readonly errorKey = this.failure.asReadonly();
  /**
   * The newest inbound pop still ringing or talking: the demo phone has one call at a time. A click-to-call is
   * played by the simulated PBX on its own, so the demo phone leaves it alone.
   */
  readonly line = computed<DemoLine>(() => {
    const entry = this.calls
      .pops()
      .find(
        (pop) => pop.pop.direction === 'inbound' && (pop.state === 'ringing' || pop.state === 'answered'),
      );
    if (!entry) return { kind: 'idle' };
    if (entry.state === 'ringing') return { kind: 'ringing', entry };
    return { kind: 'talking', entry, held: this.heldCallId() === entry.pop.callId };
  });

  answer(): Promise<void> {
    return this.run('answer');
  }

  reject(): Promise<void> {
    return this.run('reject');
  }

  hangup(): Promise<void> {
    return this.run('hangup');
  }

  hold(): Promise<void> {
    return this.run('hold');
  }

  resume(): Promise<void> {
    return this.run('resume');
  }

  dismissError(): void {
    this.failure.set(null);
  }

  private async run(action: DemoPhoneAction): Promise<void> {
    if (this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      const line = await firstValueFrom(this.api.act(action));
      this.heldCallId.set(line.state === 'held' ? line.callId : null);
    } catch (error) {
      this.failure.set(callFailureKey(toRequestFailure(error)));
    } finally {
      this.pending.set(false);
    }
  }
}
