import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { SipService } from '../../../core/sip/sip.service';
import { Consult } from '../../../core/sip/softphone.machine';

/** The bar during an attended transfer: who is being consulted, then complete or go back. */
@Component({
  selector: 'sb-softphone-consult',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <span class="consult" data-testid="softphone-consult" role="status">
      <mat-icon>support_agent</mat-icon>
      {{ 'softphone.consult.' + consult().stage | transloco: { target: consult().target } }}
      <span class="flag">{{ 'softphone.consult.customerHeld' | transloco: { remote: customer() } }}</span>
    </span>
    <button
      mat-flat-button
      type="button"
      data-testid="softphone-consult-complete"
      [disabled]="consult().stage !== 'talking'"
      (click)="sip.completeTransfer()"
    >
      <mat-icon>call_merge</mat-icon>{{ 'softphone.actions.completeTransfer' | transloco }}
    </button>
    <button
      mat-stroked-button
      type="button"
      data-testid="softphone-consult-cancel"
      [disabled]="consult().stage === 'completing'"
      (click)="sip.cancelConsult()"
    >
      <mat-icon>undo</mat-icon>{{ 'softphone.actions.cancelConsult' | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: contents;
    }
    .consult {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      margin-left: 16px;
      font: var(--mat-sys-label-large);
    }
    .flag {
      padding: 0 8px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SoftphoneConsult {
  protected readonly sip = inject(SipService);
  readonly consult = input.required<Consult>();
  readonly customer = input.required<string>();
}
