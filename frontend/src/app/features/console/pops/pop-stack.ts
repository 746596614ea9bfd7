import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { PopEntry } from '../../../core/calls/pop-stack';
import { PopCard } from './pop-card';

/** The agent's screen-pops, newest on top, at the head of the call dock beside the page. */
@Component({
  selector: 'sb-pop-stack',
  imports: [PopCard, TranslocoPipe],
  template: `
    @if (store.pops().length) {
      <section class="stack" data-testid="pop-stack" [attr.aria-label]="'pops.title' | transloco">
        @for (entry of store.pops(); track entry.pop.callId) {
          <sb-pop-card [entry]="entry" (opened)="open($event)" (dismissed)="store.dismiss($event)" />
        }
      </section>
    }
  `,
  styles: `
    .stack {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PopStack {
  protected readonly store = inject(CallEventsStore);
  protected readonly drawer = inject(ConsoleDrawerStore);

  protected open(entry: PopEntry): void {
    const { client, callId, callerNumber } = entry.pop;
    if (client) this.drawer.openClient(client.id, callId);
    else this.drawer.openNewClient(callerNumber, callId);
  }
}
