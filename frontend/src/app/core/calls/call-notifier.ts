import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { ScreenPop } from '@switchboard/contracts';

/** Desktop notifications for calls that ring while the console tab is hidden. */
@Injectable({ providedIn: 'root' })
export class CallNotifier {
  private readonly transloco = inject(TranslocoService);

  private get supported(): boolean {
    return typeof Notification !== 'undefined';
  }

  /** Browsers only grant this from a user gesture: call it from a click handler. */
  requestPermission(): void {
    if (this.supported && Notification.permission === 'default') void Notification.requestPermission();
  }

  ringing(pop: ScreenPop): void {
    if (!this.supported || Notification.permission !== 'granted' || document.visibilityState !== 'hidden')
      return;
    const caller = pop.client?.name ?? this.transloco.translate('pops.unknownNumber');
    const notification = new Notification(this.transloco.translate('pops.notificationTitle'), {
      body: `${caller} · ${pop.callerNumber}`,
      tag: pop.callId,
    });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  }
}
