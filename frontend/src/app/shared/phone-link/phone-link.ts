import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../../core/auth/session.store';
import { PhonePipe } from '../../core/i18n/phone.pipe';
import { SipService } from '../../core/sip/sip.service';
import { CallsApiService } from '../../core/calls/calls-api.service';
import { callFailureKey } from '../../core/calls/call-failure';
import { toRequestFailure } from '../../core/http/api-error';

/** A phone number with a click-to-call button: the PBX rings the agent's own phone, then the number. */
@Component({
  selector: 'sb-phone-link',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, PhonePipe, TranslocoPipe],
  template: `
    <span class="phone" data-testid="phone-link">
      <a [href]="'tel:' + (dial() ?? number())" class="number">{{ number() | phone }}</a>
      <button
        mat-icon-button
        type="button"
        class="call"
        data-testid="phone-link-call"
        [disabled]="calling()"
        [attr.aria-label]="'console.phoneLink.call' | transloco: { number: number() | phone }"
        [matTooltip]="'console.phoneLink.call' | transloco: { number: number() | phone }"
        (click)="call($event)"
      >
        <mat-icon>call</mat-icon>
      </button>
    </span>
  `,
  styles: `
    .phone {
      display: inline-flex;
      align-items: center;
      gap: 2px;
    }
    .call {
      --mat-icon-button-state-layer-size: 32px;
      padding: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhoneLink {
  /** As stored; shown in the one display format. */
  readonly number = input.required<string>();
  /** E.164 when known; what the PBX dials. */
  readonly dial = input<string | null>(null);
  readonly clientId = input<string | null>(null);

  private readonly api = inject(CallsApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly sip = inject(SipService);
  private readonly session = inject(SessionStore);
  protected readonly calling = signal(false);

  protected async call(event: Event): Promise<void> {
    // The link often sits in a clickable table row that would open the card.
    event.stopPropagation();
    this.calling.set(true);
    try {
      await firstValueFrom(
        this.api.originate({ number: this.dial() ?? this.number(), clientId: this.clientId() }),
      );
      this.snackBar.open(this.callingMessage(), undefined, {
        duration: 3000,
      });
    } catch (error) {
      const key = callFailureKey(toRequestFailure(error));
      this.snackBar.open(this.transloco.translate(key), undefined, { duration: 5000 });
    } finally {
      this.calling.set(false);
    }
  }

  /** Says which phone rings first, because without a softphone it may be a desk phone or none at all. */
  private callingMessage(): string {
    const extension = this.session.user()?.extension;
    if (this.sip.availability() === 'ready') return this.transloco.translate('console.phoneLink.calling');
    if (this.sip.simulatedPbx()) return this.transloco.translate('console.phoneLink.callingSimulated');
    if (extension) return this.transloco.translate('console.phoneLink.callingDeskPhone', { extension });
    return this.transloco.translate('console.phoneLink.callingNoPhone');
  }
}
