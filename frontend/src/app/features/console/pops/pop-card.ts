import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { PopEntry } from '../../../core/calls/pop-stack';
import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { PhonePipe } from '../../../core/i18n/phone.pipe';
import { reminderDue } from '../../../core/i18n/reminder-due';
import { DemoPhoneService } from '../../../core/sip/demo-phone.service';

const STATE_ICONS = {
  ringing: 'ring_volume',
  answered: 'call',
  ended: 'call_end',
  retracted: 'phone_missed',
};

/** One screen-pop: who is calling and what the agent should know before saying hello. */
@Component({
  selector: 'sb-pop-card',
  imports: [
    LocalDatePipe,
    LocalizedTextPipe,
    MoneyPipe,
    PhonePipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    TranslocoPipe,
  ],
  templateUrl: './pop-card.html',
  styleUrl: './pop-card.scss',
  providers: [MoneyPipe],
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

  protected readonly demo = inject(DemoPhoneService);
  private readonly money = inject(MoneyPipe);
  private readonly language = inject(LanguageService).language;

  protected readonly pop = computed(() => this.entry().pop);
  /** With the simulated PBX the pop of the ringing call answers it: there is no other phone. */
  protected readonly demoRinging = computed(() => {
    const line = this.demo.line();
    return this.demo.active() && line.kind === 'ringing' && line.entry.pop.callId === this.pop().callId;
  });
  protected readonly icon = computed(() => STATE_ICONS[this.entry().state]);
  /** Ended and retracted pops fold to their header so they take little room until dismissed. */
  protected readonly live = computed(
    () => this.entry().state === 'ringing' || this.entry().state === 'answered',
  );
  protected readonly owing = computed(() => this.pop().debt.total !== '0.00');
  protected readonly overdue = computed(() => this.pop().debt.overdue !== '0.00');
  /** Why a client a reminder call sent to the queue is calling: what the call reminded them of. */
  protected readonly reminder = computed(() => {
    const facts = this.pop().selfService?.reminder;
    if (!facts) return null;
    const amount = facts.amount && facts.currency ? this.money.transform(facts.amount, facts.currency) : null;
    const params = {
      amount: amount ?? '',
      due: reminderDue(facts.due, this.language()),
      order: facts.orderNumber ?? '',
      title: facts.title ?? '',
    };
    return { key: `selfService.reminder.${facts.kind}`, params };
  });
}
