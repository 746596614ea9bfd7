import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { PopEntry } from '../../../core/calls/pop-stack';
import { PopCard } from './pop-card';

/** The agent's screen-pops, newest on top, floating over whatever page is open. */
@Component({
  selector: 'sb-pop-stack',
  imports: [PopCard, TranslocoPipe],
  template: `
    @if (store.pops().length) {
      <section
        class="stack"
        data-testid="pop-stack"
        [class.beside-drawer]="drawer.opened()"
        [attr.aria-label]="'pops.title' | transloco"
      >
        @for (entry of store.pops(); track entry.pop.callId) {
          <sb-pop-card [entry]="entry" (opened)="open($event)" (dismissed)="store.dismiss($event)" />
        }
      </section>
    }
  `,
  styles: `
    .stack {
      position: fixed;
      top: 120px;
      right: 16px;
      z-index: 20;
      width: 320px;
      max-height: calc(100vh - 140px);
      overflow-y: auto;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .stack.beside-drawer {
      right: 576px;
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
