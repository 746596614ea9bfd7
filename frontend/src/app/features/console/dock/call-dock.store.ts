import { BreakpointObserver } from '@angular/cdk/layout';
import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { DockLayout, SPLIT_QUERY, STACKED_QUERY, dockLayout } from './dock-layout';

/** Where the agent's call dock goes and whether it is open, shared by the shell's toolbar and the dock. */
@Injectable({ providedIn: 'root' })
export class CallDockStore {
  private readonly calls = inject(CallEventsStore);
  private readonly drawer = inject(ConsoleDrawerStore);
  private readonly expandedState = signal(false);

  readonly layout = toSignal<DockLayout, DockLayout>(
    inject(BreakpointObserver)
      .observe([SPLIT_QUERY, STACKED_QUERY])
      .pipe(map((state) => dockLayout(state.breakpoints))),
    { initialValue: 'stacked' },
  );
  /** Pops and the pending wrap-up: what the folded dock's button counts. */
  readonly waiting = computed(() => this.calls.pops().length + (this.calls.wrapUp() ? 1 : 0));
  readonly folded = computed(() => this.layout() === 'toggle');
  /** Wide enough screens always keep the column, so a ringing call never shifts the page. */
  readonly open = computed(() => !this.folded() || this.expandedState() || this.drawer.opened());

  /** Folds or unfolds the dock on narrow screens; folding closes the card with it. */
  toggle(): void {
    const open = this.open();
    this.expandedState.set(!open);
    if (open) this.drawer.close();
  }
}
