import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { PopEntry } from '../../../core/calls/pop-stack';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';

const STATE_ICONS = {
  ringing: 'ring_volume',
  answered: 'call',
  ended: 'call_end',
  retracted: 'phone_missed',
};

/** One screen-pop: who is calling and what the agent should know before saying hello. */
@Component({
  selector: 'sb-pop-card',
  imports: [LocalDatePipe, MoneyPipe, MatButtonModule, MatChipsModule, MatIconModule, TranslocoPipe],
  templateUrl: './pop-card.html',
  styleUrl: './pop-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'article',
    '[class]': '"pop state-" + entry().state',
    '[attr.data-testid]': '"pop"',
    '[attr.data-call-id]': 'entry().pop.callId',
    '[attr.data-state]': 'entry().state',
    '[attr.aria-label]': 'entry().pop.callerNumber',
  },
})
export class PopCard {
  readonly entry = input.required<PopEntry>();
  readonly opened = output<PopEntry>();
  readonly dismissed = output<string>();

  protected readonly pop = computed(() => this.entry().pop);
  protected readonly icon = computed(() => STATE_ICONS[this.entry().state]);
  /** Ended and retracted pops fold to their header so they take little room until dismissed. */
  protected readonly live = computed(
    () => this.entry().state === 'ringing' || this.entry().state === 'answered',
  );
  protected readonly owing = computed(() => this.pop().debt.total !== '0.00');
  protected readonly overdue = computed(() => this.pop().debt.overdue !== '0.00');
}
